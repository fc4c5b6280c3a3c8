/**
 * Dutch "vluchtte" is a flight abroad where it says where to ("vluchtte naar Moskou"); a gunman who
 * "vluchtte in een rode Renault Clio" fled the scene, not the country.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const ASSAD: MentionSpec = ['Bashar al-Assad', 'actor', 'assad'];
const MOSCOW: MentionSpec = ['Moskou', 'place', 'moscow'];
const TANIS: MentionSpec = ['Gökmen Tanis', 'actor', 'tanis'];

describe('a Dutch flight, abroad or from the scene', () => {
  it.each<[string, string, MentionSpec[], boolean]>([
    [
      'a president who “vluchtte naar Moskou” fled abroad',
      'President Bashar al-Assad vluchtte naar Moskou, waar Rusland hem en zijn familie asiel verleende.',
      [ASSAD, MOSCOW],
      true,
    ],
    [
      'a gunman who “vluchtte in een rode Renault Clio” fled no country',
      'Gökmen Tanis vluchtte in een rode Renault Clio.',
      [TANIS],
      false,
    ],
  ])('%s', (_, text, mentions, exile) => {
    const kinds = kindsAndTitles('nl', text, '2019-03-18', mentions).map((c) => c.kind);
    expect(kinds.includes('exile')).toBe(exile);
  });
});
