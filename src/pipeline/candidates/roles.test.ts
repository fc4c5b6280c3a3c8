/**
 * Who acts in a sentence, as the candidate roles pick it: a medium that carries the news ("state
 * television", "Radio Liberty", "NOS-televisie") is neither the speaker nor the one something befalls.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

describe('a medium is no speaker', () => {
  it.each<[string, string, string, MentionSpec[]]>([
    [
      'en',
      'Wednesday a man appeared on national television and said the talks had failed.',
      'Statement issued',
      [],
    ],
    ['en', 'Wednesday state television said the army had seized the airport.', 'Statement issued', []],
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
      "'sagte Energieminister Fatih Dönmez' is the minister's statement",
      'de',
      'Die nächsten Stunden seien entscheidend, sagte Energieminister Fatih Dönmez am Dienstag.',
      [['Fatih Dönmez', 'unknown', 'name:fatih-donmez']],
      'Fatih Donmez makes a statement',
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
