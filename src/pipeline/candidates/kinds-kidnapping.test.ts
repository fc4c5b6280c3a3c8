/**
 * People kidnapped or taken hostage are a happening of their own, told apart from their release and
 * from the investigation that follows.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, kindsAndTitles, type MentionSpec } from './test-helpers.ts';

describe('people kidnapped or taken hostage', () => {
  it.each<[string, string, string, MentionSpec[]]>([
    ['en', 'Tuesday gunmen took 12 passengers hostage on a bus.', '12 passengers taken hostage', []],
    [
      'en',
      'Tuesday the aid workers were kidnapped near Timbuktu.',
      'Kidnapping in Timbuktu',
      [['Timbuktu', 'place', 'timbuktu']],
    ],
    [
      'en',
      'Tuesday Peter Jansen was abducted outside his home.',
      'Peter Jansen kidnapped',
      [['Peter Jansen', 'unknown']],
    ],
    ['nl', 'Dinsdag werden drie journalisten ontvoerd.', 'Kidnapping', []],
    ['de', 'Am Montag hat ein Mann vier Menschen als Geiseln genommen.', '4 people taken hostage', []],
  ])('[%s] “%s” is titled “%s”', (lang, text, title, mentions) => {
    expect(kindsAndTitles(lang, text, '2025-08-19', mentions)).toContainEqual({ kind: 'kidnapping', title });
  });

  it.each<[string, string]>([
    ['en', 'Tuesday militants released 12 hostages.'],
    ['en', 'The kidnapping shocked the town.'],
    ['de', 'Die Staatsanwaltschaft ermittelt wegen Geiselnahme.'],
  ])('[%s] “%s” reports no kidnapping', (lang, text) => {
    const kinds = candidatesOfSentence(lang, { text, times: [], mentions: [] }).map((c) => c.kind);
    expect(kinds).not.toContain('kidnapping');
  });
});
