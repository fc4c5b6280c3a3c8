import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

describe('a day declared a day of mourning, in an article of Friday 7 January 2022', () => {
  it.each([
    [
      'a leader who "declared Monday a national day of mourning" mourns on the Monday ahead',
      'en',
      'Tokayev declared Monday a national day of mourning for the victims.',
      'Monday',
      '2022-01-10',
    ],
    [
      'a day "declared as a day of mourning" in English lies ahead too',
      'en',
      'The president declared Sunday as a day of national mourning.',
      'Sunday',
      '2022-01-09',
    ],
    [
      'a day of mourning declared "for Monday" lies ahead',
      'en',
      'The government declared a national day of mourning for Monday.',
      'Monday',
      '2022-01-10',
    ],
    [
      'a Dutch "riep maandag uit tot nationale rouwdag" names the Monday ahead',
      'nl',
      'President Tokajev riep maandag uit tot nationale rouwdag.',
      'maandag',
      '2022-01-10',
    ],
    [
      'a German "erklärte den Montag zum nationalen Trauertag" names the Monday ahead',
      'de',
      'Tokajew erklärte den Montag zum nationalen Trauertag.',
      'Montag',
      '2022-01-10',
    ],
    [
      'a German "ordnete für Montag Staatstrauer an" names the Monday ahead',
      'de',
      'Der Präsident ordnete für Montag landesweite Staatstrauer an.',
      'Montag',
      '2022-01-10',
    ],
    [
      'a Dutch "Maandag is … een dag van nationale rouw" names the Monday ahead',
      'nl',
      'Maandag is in heel Kazachstan een dag van nationale rouw.',
      'Maandag',
      '2022-01-10',
    ],
    [
      'a German "Montag ist landesweit Staatstrauer" names the Monday ahead',
      'de',
      'Montag ist landesweit Staatstrauer.',
      'Montag',
      '2022-01-10',
    ],
    [
      'Reuters’ Modi, who "declared a day of national mourning on Saturday", mourns on the Saturday ahead',
      'en',
      'Indian Prime Minister Narendra Modi declared a day of national mourning on Saturday, and leaders from Europe, Asia and Australia sent their condolences.',
      'Saturday',
      '2022-01-08',
    ],
    [
      'a Dutch "kondigde een dag van nationale rouw op zaterdag af" names the Saturday ahead',
      'nl',
      'Premier Modi kondigde een dag van nationale rouw op zaterdag af.',
      'zaterdag',
      '2022-01-08',
    ],
    [
      'a German "ordnete einen Tag der Staatstrauer am Samstag an" names the Saturday ahead',
      'de',
      'Premierminister Modi ordnete einen Tag der Staatstrauer am Samstag an.',
      'Samstag',
      '2022-01-08',
    ],
    [
      'Nepal’s “declared a national day of mourning on Monday” in a Friday’s report was on the Monday past',
      'en',
      'Prime Minister Pushpa Kamal Dahal declared a national day of mourning on Monday and ordered an investigation into the cause of the crash.',
      'Monday',
      '2022-01-03',
    ],
    [
      '“declared three days of national mourning on Thursday” were declared on the Thursday past',
      'en',
      'Prime Minister Abdul Hamid Dbeibah declared three days of national mourning on Thursday.',
      'Thursday',
      '2022-01-06',
    ],
    [
      'the wire’s “Tuesday was declared a national day of mourning” names the Tuesday ahead',
      'en',
      'Tuesday was declared a national day of mourning.',
      'Tuesday',
      '2022-01-11',
    ],
    [
      'a Dutch "Dinsdag is uitgeroepen tot nationale rouwdag" names the Tuesday ahead',
      'nl',
      'Dinsdag is uitgeroepen tot nationale rouwdag.',
      'Dinsdag',
      '2022-01-11',
    ],
    [
      'a German "Dienstag wurde zum nationalen Trauertag erklärt" names the Tuesday ahead',
      'de',
      'Dienstag wurde zum nationalen Trauertag erklärt.',
      'Dienstag',
      '2022-01-11',
    ],
    [
      'an English "Monday was a day of mourning" looks back',
      'en',
      'Monday was a day of mourning.',
      'Monday',
      '2022-01-03',
    ],
    [
      'a leader who "declared on Monday a state of emergency" declared it in the past',
      'en',
      'The president declared on Monday a state of emergency.',
      'Monday',
      '2022-01-03',
    ],
    [
      'a Dutch "riep maandag de noodtoestand uit" was a call made that Monday',
      'nl',
      'De president riep maandag de noodtoestand uit.',
      'maandag',
      '2022-01-03',
    ],
    [
      'a German "am Montag zum Rücktritt aufgefordert" looks back',
      'de',
      'Die Opposition hatte den Präsidenten am Montag zum Rücktritt aufgefordert.',
      'Montag',
      '2022-01-03',
    ],
  ])('%s', (_name, lang, sentence, text, value) => {
    const found = extractTimexes(sentence, { lang, dct: '2022-01-07' });
    expect(found.find((t) => t.text === text)?.value, found.map((t) => t.text).join(', ')).toBe(value);
  });
});
