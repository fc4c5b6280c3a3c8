/** A plane that crashed, told with a German or Dutch verb split around the sentence. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const TVER: MentionSpec = ['Twer', 'place', 'tver'];
const TVER_NL: MentionSpec = ['Tver', 'place', 'tver'];
const MOSCOW: MentionSpec = ['Moskau', 'place', 'moscow'];

describe('a crash whose verb is split around the sentence is a crash', () => {
  it.each<[string, string, string, MentionSpec[], string]>([
    [
      "a German 'stürzte … ab' is a crash in the region it names, not in the city it lies near",
      'de',
      'Ein Privatjet stürzte am Mittwochabend im Gebiet Twer nordwestlich von Moskau ab.',
      [TVER, MOSCOW],
      'Crash in Tver',
    ],
    [
      "a German 'stürzte … ab' with a village between is a crash",
      'de',
      'Das Flugzeug stürzte nahe dem Dorf Kuschenkino ab.',
      [],
      'Crash',
    ],
    [
      "a Dutch 'stortte … neer' is a crash",
      'nl',
      'Het privévliegtuig stortte woensdagavond in de regio Tver neer.',
      [TVER_NL],
      'Crash in Tver',
    ],
    [
      "a German 'Flugzeugabsturz' is a crash",
      'de',
      'Nach dem Flugzeugabsturz am Mittwoch ermittelt die Polizei.',
      [],
      'Crash',
    ],
  ])('%s', (_name, lang, text, mentions, title) => {
    expect(kindsAndTitles(lang, text, '2023-08-24', mentions)).toContainEqual({ kind: 'accident', title });
  });

  it.each([['de', 'Der Politiker stürzte am Mittwoch über eine Affäre.']])(
    '[%s] “%s”: a fall that is no crash is no accident',
    (lang, text) => {
      expect(kindsAndTitles(lang, text, '2023-08-24').map((c) => c.kind)).not.toContain('accident');
    },
  );
});
