/** A leader back from abroad amid criticism: "Karen Bass returns", in English, Dutch and German. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const BASS: MentionSpec = ['Karen Bass', 'actor', 'karen-bass'];
const GHANA: MentionSpec = ['Ghana', 'place', 'ghana'];

describe('a leader returning from abroad', () => {
  it.each<[string, string, string]>([
    [
      'the mayor “who was in Ghana when the fires broke out, returned to the city”',
      'en',
      'Wednesday Los Angeles Mayor Karen Bass, who was in Ghana when the fires broke out, returned to the city.',
    ],
    [
      'the mayor who “keerde woensdag terug uit Ghana”',
      'nl',
      'Woensdag keerde burgemeester Karen Bass terug uit Ghana.',
    ],
    [
      'the mayor who “kehrte am Mittwoch aus Ghana zurück”',
      'de',
      'Mittwoch kehrte Bürgermeisterin Karen Bass aus Ghana nach Los Angeles zurück.',
    ],
  ])('%s: “Karen Bass returns”', (_name, lang, text) => {
    expect(kindsAndTitles(lang, text, '2025-01-08', [BASS, GHANA])).toContainEqual({
      kind: 'return',
      title: 'Karen Bass returns',
    });
  });

  it.each<[string, string, string]>([
    [
      'a pope who “returned to the house of the Father” died',
      'en',
      'This morning, the Bishop of Rome, Francis, returned to the house of the Father, Cardinal Kevin Farrell said.',
    ],
    [
      'a return only promised, “zurückzukehren”',
      'de',
      'Er kündigte an, nach Brasilien zurückzukehren und sich der Justiz zu stellen.',
    ],
    ['life that returned to normal', 'en', 'Monday life in the city returned to normal after the storm.'],
  ])('%s is none', (_name, lang, text) => {
    expect(kindsAndTitles(lang, text, '2025-01-08').map((c) => c.kind)).not.toContain('return');
  });
});
