/**
 * Who acts in a sentence, as the candidate roles pick it: a medium that carries the news ("state
 * television", "Radio Liberty", "NOS-televisie") is neither the speaker nor the one something befalls.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, kindsAndTitles, type MentionSpec } from './test-helpers.ts';

describe('a medium is no speaker', () => {
  it.each<[string, string, string, MentionSpec[]]>([
    [
      'en',
      'Wednesday a man appeared on national television and said the talks had failed.',
      'Statement issued',
      [],
    ],
    ['en', 'Wednesday state television said the army had seized the airport.', 'Airport seized', []],
    [
      'en',
      'Wednesday Radio Liberty reported that the minister resigned.',
      'Resignation',
      [['Radio Liberty', 'unknown']],
    ],
    [
      'nl',
      'Woensdag meldde de NOS-televisie dat de minister is afgetreden.',
      'Resignation',
      [['NOS-televisie', 'unknown']],
    ],
    [
      'de',
      'Am Mittwoch berichtete der Rundfunk Berlin-Brandenburg, der Minister sei zurückgetreten.',
      'Resignation',
      [['Rundfunk Berlin-Brandenburg', 'unknown']],
    ],
  ])('[%s] “%s” is titled “%s”, naming no medium', (lang, text, title, mentions) => {
    expect(kindsAndTitles(lang, text, '2023-07-26', mentions).map((c) => c.title)).toEqual([title]);
  });
});

describe('the subject after a fronted verb and the title of its holder speaks', () => {
  it.each<[string, string, string, MentionSpec[], string]>([
    [
      "'teilte Oberbürgermeister Mike Schubert am Montag mit' is Mike Schubert's statement",
      'de',
      'Unbekannte hätten in der Nacht zu Sonntag die Server der Stadt verschlüsselt, teilte Oberbürgermeister Mike Schubert am Montag mit.',
      [['Mike Schubert', 'unknown', 'name:mike-schubert']],
      'Mike Schubert makes a statement',
    ],
    [
      "'zei burgemeester Gerard Beukema' is the mayor's statement",
      'nl',
      '"We hebben zoiets sinds 1953 niet meer meegemaakt," zei burgemeester Gerard Beukema woensdag.',
      [['Gerard Beukema', 'unknown', 'name:gerard-beukema']],
      'Gerard Beukema makes a statement',
    ],
    [
      "'zei topman Peter Berdowski' after an exclamation is the chief executive's statement",
      'nl',
      '"We hebben hem los!", zei topman Peter Berdowski maandag in een eerste reactie tegen het ANP.',
      [['Peter Berdowski', 'unknown', 'name:peter-berdowski']],
      'Peter Berdowski makes a statement',
    ],
    [
      "'sagte Energieminister Fatih Dönmez' is the minister's statement",
      'de',
      'Die nächsten Stunden seien entscheidend, sagte Energieminister Fatih Dönmez am Dienstag.',
      [['Fatih Dönmez', 'unknown', 'name:fatih-donmez']],
      'Fatih Donmez makes a statement',
    ],
    [
      "'CrowdStrike-topman George Kurtz bood zijn excuses aan' is Kurtz's apology, not his company's",
      'nl',
      'Vrijdag CrowdStrike-topman George Kurtz bood zijn excuses aan.',
      [
        ['CrowdStrike', 'unknown', 'name:crowdstrike'],
        ['George Kurtz', 'unknown', 'name:george-kurtz'],
      ],
      'George Kurtz apologises',
    ],
    [
      "'Die EU-Kommission kündigte Hilfe an' stays the European Union's pledge, one name",
      'de',
      'Sonntag: Die EU-Kommission kündigte Hilfe an.',
      [
        ['EU', 'unknown', 'EU'],
        ['Kommission', 'unknown', 'name:kommission'],
      ],
      'EU promises aid',
    ],
    [
      'a name two plain words after the verb is no subject',
      'de',
      'Die Stadt teilte gestern nach Angaben Mike Schubert mit, sie zahle nicht.',
      [['Mike Schubert', 'unknown', 'name:mike-schubert']],
      'Statement issued',
    ],
  ])('%s', (_name, lang, text, mentions, title) => {
    expect(kindsAndTitles(lang, text, '2023-11-20', mentions).map((c) => c.title)).toContain(title);
  });
});

describe('who is named inside a quotation is spoken of, not the speaker', () => {
  it.each<[string, string, string, string, MentionSpec[], string]>([
    [
      'a port named in the quote does not speak for the organisation',
      'en',
      'on Thursday',
      '"Sending us to Genoa with exhausted people on board, while Lampedusa is a few hours away, is a political decision, not a safety one," the organisation said in a statement on Thursday.',
      [
        ['Genoa', 'unknown', 'name:genoa'],
        ['Lampedusa', 'place', 'lampedusa'],
      ],
      'Statement issued',
    ],
    [
      'a person named in a German quote is not the speaker either',
      'de',
      'am Donnerstag',
      '„Herr Piantedosi schickt uns nach Genua“, sagte eine Sprecherin der Organisation am Donnerstag.',
      [['Piantedosi', 'unknown', 'name:piantedosi']],
      'Statement issued',
    ],
    [
      'a speaker named outside the quote still speaks',
      'en',
      'on Wednesday',
      '"Europe cannot keep looking away," Mayor Filippo Mannino said on Wednesday.',
      [['Filippo Mannino', 'unknown', 'name:filippo-mannino']],
      'Filippo Mannino makes a statement',
    ],
  ])('%s', (_name, lang, day, text, mentions, title) => {
    const times = [
      {
        start: '2025-08-14',
        end: '2025-08-14',
        precision: 'day' as const,
        value: '2025-08-14',
        confidence: 0.9,
        text: day,
      },
    ];
    expect(candidatesOfSentence(lang, { text, times, mentions }).map((c) => c.title)).toEqual([title]);
  });
});

describe('an institution keeps the name after its "of"', () => {
  it.each([
    [
      "Tuesday Iceland's Department of Civil Protection and Emergency Management declared a state of emergency.",
      'Department of Civil Protection and Emergency Management declares a state of emergency',
    ],
    ['Tuesday the Ministry of Defence said the talks would go on.', 'Ministry of Defence makes a statement'],
    ['Tuesday the ministry said the talks would go on.', 'Ministry makes a statement'],
  ])('“%s” is titled “%s”', (text, title) => {
    expect(kindsAndTitles('en', text, '2025-11-18')[0]?.title).toBe(title);
  });
});
