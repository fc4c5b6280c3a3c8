/**
 * A part of a count ("184 of them") is the count of a happening told after it, and then the whole
 * before it is not; a part told after the happening ("24 rescued, five of them in serious
 * condition") stays no rival count of it.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf } from './test-helpers.ts';

function counts(lang: string, text: string, kind: string): number[] {
  return candidatesOf(lang, text, '2023-02-20', [])
    .filter((c) => c.kind === kind)
    .flatMap((c) => c.figures.map((f) => f.value));
}

describe('the part of a count before the happening is its count', () => {
  it.each([
    [
      'de',
      'Die Behörden ermitteln inzwischen gegen mehr als 600 Menschen wegen eingestürzter Gebäude, 184 von ihnen sitzen in Untersuchungshaft.',
      'arrest',
      [184],
    ],
    ['en', 'On Monday 24 miners were rescued, five of them in serious condition.', 'rescue', [24]],
  ])('[%s] “%s”: %s counts %j', (lang, text, kind, expected) => {
    expect(counts(lang, text, kind)).toEqual(expected);
  });
});
