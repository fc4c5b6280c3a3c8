/** A raid (Seoul, December 2024: police raid the presidential office) in English, Dutch and German. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('raids', () => {
  it.each([
    ['en', 'Wednesday police raided the presidential office in Seoul.', 'Raid on offices'],
    ['nl', 'Woensdag deed de politie een inval in het presidentiële kantoor.', 'Raid on offices'],
    ['de', 'Mittwoch durchsuchte die Polizei die Büros des Präsidenten.', 'Raid on offices'],
    ['en', 'Tuesday troops raided the refugee camp.', 'Raid'],
  ])('[%s] “%s” reports %s', (lang, text, title) => {
    expect(kindsAndTitles(lang, text, '2024-12-11')).toContainEqual({ kind: 'raid', title });
  });

  it('a Korean report\'s "압수수색", as machine translation renders it, "a search and seizure", is a raid', () => {
    const text =
      'The Special Investigation Headquarters carried out a search and seizure on Wednesday at the Yongsan Police Station.';
    expect(kindsAndTitles('en', text, '2022-11-02')).toContainEqual({
      kind: 'raid',
      title: 'Raid on offices',
    });
  });

  it('a raid in which people are arrested reports both', () => {
    const kinds = kindsAndTitles('en', 'Wednesday police raided a flat and arrested two men.', '2024-12-11');
    expect(kinds.map((c) => c.kind)).toEqual(['raid', 'arrest']);
  });
});
