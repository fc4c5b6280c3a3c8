/** Two nights are two: a night reaches into the next day's small hours, not into the next night. */
import { describe, expect, it } from 'vitest';
import { sentence } from '../candidates/test-helpers.ts';
import type { When } from '../types.ts';
import { mergeCandidates } from './stage.ts';
import { testCandidate } from './test-candidate.ts';

function night(date: string, text: string): When {
  return { start: date, end: date, precision: 'part-of-day', value: `${date}TNI`, confidence: 0.85, text };
}

function crackdown(document: string, text: string, when: When, index: number) {
  return testCandidate(sentence({ text, times: [when] }, index), when, {
    document,
    kind: 'crackdown',
    title: 'Security forces crack down on protesters',
    places: ['tbilisi'],
  });
}

describe('water cannon on two nights in a row', () => {
  const first = crackdown(
    'wire',
    'Police fired water cannon overnight at protesters in Tbilisi.',
    night('2024-11-28', 'overnight'),
    0,
  );

  it.each([
    ['the second night is another crackdown', night('2024-11-29', 'de tweede nacht op rij'), 2],
    ['the same night told by another outlet is the same crackdown', night('2024-11-28', 'vannacht'), 1],
  ])('%s', (_name, when, events) => {
    const text = `De oproerpolitie zette ${when.text} in Tbilisi waterkanonnen in.`;
    const other = crackdown('nos', text, when, 1);
    expect(mergeCandidates([first, other])).toHaveLength(events);
  });
});
