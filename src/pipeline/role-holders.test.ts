/**
 * The role table (the actors' `roles` in data/actors.json) repairs a translation that garbled a
 * name after a title, also where it writes the garbled family name again ("Wagner chief Yevgeny
 * Primakov" … "Primakov said": Prigozhin each time) and where the title names no country
 * ("Wagner chief"), or after the holder's given names ("HTS leader Abu Mohammed al-Baghdadi" for
 * Abu Mohammed al-Jolani, "Kremlin spokesman Dmitry Shostakovich" for Dmitry Peskov, where the
 * article names him elsewhere), or of two holders in turn the article names, the one whose given
 * name the garble keeps ("Prime Minister Sushila Kirchner" for Sushila Karki, beside her
 * predecessor K.P. Sharma Oli), or one word that opens as the holder's family name does ("Prime
 * Minister Bayreuth" for François Bayrou, not "Barnier" nor Élisabeth Borne, who held the title
 * before him), or of holders in turn the article names none of, the one whose given name the garble
 * keeps ("Prime Minister Elisabeth Born" for Élisabeth Borne), and in an article about two countries alike ("Spain and Portugal"),
 * the holder of the title in one of them ("Prime Minister Pedro Almodóvar" for Pedro Sánchez); it never
 * replaces a person the text names after the title with the table's holder of that title.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { actorNames, eventFileOf, eventsFrom } from './test-articles.ts';

/** File name, the sentence looked at, who the event's actor is, the article's paragraphs. */
const ARTICLES: [string, string, string, string[]][] = [
  [
    'en_rubio.txt',
    'U.S. Secretary of State Marco Rubio said',
    'Marco Rubio',
    ['U.S. Secretary of State Marco Rubio said on Monday that the talks had been productive.'],
  ],
  [
    'en_rubio_blinken.txt',
    'US Secretary of State Rubio said',
    // Not Blinken; and Marco Rubio, as the reports beside it name him (lone-surnames.ts).
    'Marco Rubio',
    [
      'Antony Blinken, the former secretary of state, criticised the plan on Sunday.',
      'US Secretary of State Rubio said on Monday that the plan would go ahead.',
      'Rubio is expected in Brussels next week.',
    ],
  ],
  [
    'nl_rubio.txt',
    'Marco Rubio zei maandag',
    'Marco Rubio',
    [
      'De Amerikaanse minister van Buitenlandse Zaken Marco Rubio zei maandag dat de gesprekken goed verliepen.',
    ],
  ],
  [
    'de_rubio.txt',
    'Marco Rubio sagte am Montag',
    'Marco Rubio',
    ['US-Außenminister Marco Rubio sagte am Montag, die Gespräche seien gut verlaufen.'],
  ],
  [
    'en_translation_error.txt',
    'President Djokovic said on Friday',
    'Kassym-Jomart Tokayev',
    [
      'Protests spread across Kazakhstan on Wednesday, and President Tokayev declared a state of emergency.',
      'President Djokovic said on Friday that the talks had been productive.',
    ],
  ],
  [
    'en_garbled_family_name.txt',
    'US Secretary of State Tony Blair said in Washington',
    'Antony Blinken',
    [
      'US Secretary of State Tony Blair said in Washington on Thursday that the United States appreciates the determination of ECOWAS.',
    ],
  ],
  [
    'en_other_family_name.txt',
    'US Secretary of State Tony Smith said',
    'Tony Smith',
    ['US Secretary of State Tony Smith said on Thursday that the talks had been productive.'],
  ],
  [
    'en_garbled_wagner.txt',
    'Wagner chief Yevgeny Primakov announced on Saturday evening',
    'Yevgeny Prigozhin',
    [
      'Wagner chief Yevgeny Primakov announced on Saturday evening that his columns would turn around and go back to their field camps.',
      'Before that, the Belarusian President Alexander Lukashenko had negotiated with Primakov for the whole day, according to his press service.',
    ],
  ],
  [
    'en_garbled_wagner_again.txt',
    'Primakov said in a voice message on Saturday',
    'Yevgeny Prigozhin',
    [
      'Wagner chief Yevgeny Primakov announced on Saturday evening that his columns would turn around.',
      '"Now the moment has come when blood could flow," Primakov said in a voice message on Saturday.',
    ],
  ],
  [
    'de_garbled_wagner.txt',
    'Primakow sagte am Samstag',
    'Yevgeny Prigozhin',
    [
      'Wagner-Chef Jewgeni Primakow erklärte am Samstagabend, seine Kolonnen würden umkehren.',
      'Primakow sagte am Samstag in einer Sprachnachricht, nun sei der Moment gekommen.',
    ],
  ],
  [
    'en_garbled_given_names.txt',
    'HTS leader Abu Mohammed al-Baghdadi said on Monday',
    'Ahmed al-Sharaa',
    [
      'HTS leader Abu Mohammed al-Baghdadi said on Monday that the handover would be peaceful.',
      'Al-Jolani announced on Tuesday that the torturers of the old regime will be hunted.',
    ],
  ],
  [
    'en_given_names_holder_unnamed.txt',
    'HTS leader Abu Mohammed al-Baghdadi said on Wednesday',
    'Abu Mohammed al-Baghdadi',
    ['HTS leader Abu Mohammed al-Baghdadi said on Wednesday that the prisons would be opened.'],
  ],
  [
    'en_garbled_spokesman.txt',
    'Kremlin spokesman Dmitry Shostakovich said on Monday',
    'Dmitry Peskov',
    [
      'Kremlin spokesman Dmitry Shostakovich said on Monday that the investigation was continuing.',
      'Peskov declined to comment on the reports of torture on Tuesday.',
    ],
  ],
  [
    'nl_garbled_spokesman.txt',
    'Kremlin-woordvoerder Dmitri Sjostakovitsj zei maandag',
    'Dmitry Peskov',
    [
      'Kremlin-woordvoerder Dmitri Sjostakovitsj zei maandag dat het onderzoek doorgaat.',
      'Peskov wilde dinsdag niet reageren op berichten over marteling.',
    ],
  ],
  [
    'de_garbled_spokesman.txt',
    'Kremlsprecher Dmitri Schostakowitsch sagte am Montag',
    'Dmitry Peskov',
    [
      'Kremlsprecher Dmitri Schostakowitsch sagte am Montag, Russland werde darauf antworten.',
      'Peskow wollte sich am Dienstag nicht zu Berichten über Folter äußern.',
    ],
  ],
  [
    'en_spokesman_holder_unnamed.txt',
    'Kremlin spokesman Dmitry Shostakovich said on Wednesday',
    'Dmitry Shostakovich',
    ['Kremlin spokesman Dmitry Shostakovich said on Wednesday that the investigation was continuing.'],
  ],
  [
    'en_garbled_bayrou.txt',
    'Prime Minister Bayreuth had said on Wednesday',
    'François Bayrou',
    [
      'Thousands of supporters of the National Rally demonstrated in Paris on Sunday against the conviction of Marine Le Pen.',
      'Prime Minister Bayreuth had said on Wednesday that he was "troubled" by the immediate ban, but that the judges were independent.',
    ],
  ],
  [
    'en_garbled_borne.txt',
    'Prime Minister Elisabeth Born said on Sunday',
    'Élisabeth Borne',
    [
      "Rioters drove a burning car into the house of the mayor of L'Haÿ-les-Roses south of Paris last night.",
      'Prime Minister Elisabeth Born said on Sunday that the attack on the mayor was intolerable.',
    ],
  ],
  [
    'en_predecessor_unlisted.txt',
    'Prime Minister Barnier said on Wednesday',
    'Barnier',
    ['In Paris, Prime Minister Barnier said on Wednesday that the budget would be passed.'],
  ],
  [
    'en_garbled_karki.txt',
    'Prime Minister Sushila Kirchner said on Saturday',
    'Sushila Karki',
    [
      "Nepal's former chief justice Sushila Karki was sworn in on Friday as interim prime minister, three days after K.P. Sharma Oli resigned.",
      'Prime Minister Sushila Kirchner said on Saturday that elections would be held in March.',
    ],
  ],
  [
    'nl_garbled_karki.txt',
    'premier Sushila Kirchner zei zaterdag',
    'Sushila Karki',
    [
      'In Nepal werd oud-opperrechter Sushila Karki vrijdag beëdigd als premier, drie dagen nadat K.P. Sharma Oli was afgetreden.',
      'De Nepalese premier Sushila Kirchner zei zaterdag dat er in maart verkiezingen komen.',
    ],
  ],
  [
    'de_garbled_karki.txt',
    'Regierungschefin Sushila Kirchner sagte am Samstag',
    'Sushila Karki',
    [
      'In Nepal wurde die frühere Oberste Richterin Sushila Karki am Freitag als Regierungschefin vereidigt, drei Tage nach dem Rücktritt von K.P. Sharma Oli.',
      'Die nepalesische Regierungschefin Sushila Kirchner sagte am Samstag, im März werde gewählt.',
    ],
  ],
  [
    'en_karki_unnamed.txt',
    'Prime Minister Sushila Kirchner said on Sunday',
    'Sushila Kirchner',
    [
      "Nepal's Prime Minister K.P. Sharma Oli resigned on Tuesday.",
      'Prime Minister Sushila Kirchner said on Sunday that elections would be held in March.',
    ],
  ],
  [
    'en_garbled_two_countries.txt',
    'Prime Minister Pedro Almodóvar declared on Tuesday',
    'Pedro Sánchez',
    [
      'After the big power failure on Monday the electricity in Spain and Portugal is back almost everywhere.',
      'Prime Minister Pedro Almodóvar declared on Tuesday after a meeting of the national security council that no hypothesis is excluded.',
      'Sánchez announced that he will demand responsibility from the private energy companies.',
    ],
  ],
  [
    'nl_garbled_two_countries.txt',
    'Premier Pedro Almodóvar zei dinsdag',
    'Pedro Sánchez',
    [
      'In Spanje en Portugal is de stroom bijna overal terug.',
      'Premier Pedro Almodóvar zei dinsdag dat geen enkele hypothese wordt uitgesloten.',
      'Sánchez wil de stroombedrijven ter verantwoording roepen.',
    ],
  ],
  [
    'de_garbled_two_countries.txt',
    'Ministerpräsident Pedro Almodóvar sagte am Dienstag',
    'Pedro Sánchez',
    [
      'In Spanien und Portugal ist der Strom fast überall zurück.',
      'Ministerpräsident Pedro Almodóvar sagte am Dienstag, keine Hypothese werde ausgeschlossen.',
      'Sánchez will die Stromkonzerne zur Rechenschaft ziehen.',
    ],
  ],
  [
    'en_other_given_name.txt',
    'Wagner chief Dmitry Primakov said on Saturday',
    'Dmitry Primakov',
    ['Wagner chief Dmitry Primakov said on Saturday that the columns would turn around.'],
  ],
];

let file: EventFile;
beforeAll(async () => {
  const articles: Record<string, string> = {};
  for (const [name, , , paragraphs] of ARTICLES)
    articles[name] = ` date 2025-03-12 Report\n\n${paragraphs.join('\n\n')}\n`;
  file = await eventFileOf(articles);
}, 30_000);

describe('a name after a title wins over the role table', () => {
  it.each(ARTICLES)('in %s, the speaker of “%s” is %s', (_, sentence, actor) => {
    const [event] = eventsFrom(file, sentence);
    expect(event?.kind).toBe('statement');
    expect(event && actorNames(file, event)).toContain(actor);
    expect(event?.title).toBe(`${actor} makes a statement`);
  });
});
