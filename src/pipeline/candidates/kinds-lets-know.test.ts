/**
 * Dutch "laat weten" (lets it be known) is a statement in the present as "liet weten" is in the past:
 * a live blog tells a leader's reaction as it comes in.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const RUTTE: MentionSpec = ['Rutte', 'actor', 'rutte'];

describe('a Dutch “laat weten” is a statement', () => {
  it.each<[string]>([
    ['Premier Rutte laat weten dat hij geschokt is door de aanslagen in Parijs.'],
    ['Premier Rutte laat via Twitter weten dat het kabinet de situatie nauwlettend volgt.'],
    ['Premier Rutte liet vrijdagavond weten dat hij geschokt was.'],
  ])('“%s”', (text) => {
    expect(kindsAndTitles('nl', text, '2015-11-13', [RUTTE])).toContainEqual(
      expect.objectContaining({ kind: 'statement' }),
    );
  });
});
