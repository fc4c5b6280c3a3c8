import { describe, expect, it } from 'vitest';
import type { When } from '../types.ts';
import { stillCountedOn } from './still-counted.ts';
import { tokenize } from './tokenize.ts';

const BEFORE: When = {
  start: '2021-07-09',
  end: '2021-07-16',
  precision: 'before-publication',
  value: '2021-07-16',
  confidence: 0.2,
};
const SUNDAY: When = {
  start: '2021-07-18',
  end: '2021-07-18',
  precision: 'day',
  value: '2021-07-18',
  confidence: 0.85,
};

describe('a count of the missing told as still standing is of the report’s day', () => {
  it.each<[string, string, When, string | undefined]>([
    [
      'the German "werden noch vermisst" with no day of its own',
      'Hunderte Menschen werden noch vermisst.',
      BEFORE,
      '2021-07-16',
    ],
    [
      'the English "are still missing"',
      'In the district of Ahrweiler alone, 117 people died, 155 are still missing.',
      BEFORE,
      '2021-07-16',
    ],
    ['the Dutch "worden nog vermist"', 'Er worden nog tientallen mensen vermist.', BEFORE, '2021-07-16'],
    [
      'a count with a day of its own keeps it',
      'In Belgium, the death toll rose to 27 on Sunday, with dozens still missing.',
      SUNDAY,
      undefined,
    ],
    [
      'a count not told as still standing keeps its week',
      'Hunderte Menschen werden vermisst.',
      BEFORE,
      undefined,
    ],
    [
      'a count told in the past, as said, keeps its week',
      'Carlos Mazón said dozens of people were still missing.',
      BEFORE,
      undefined,
    ],
  ])('%s: “%s”', (_name, text, when, day) => {
    expect(
      stillCountedOn(tokenize(text), when, { date: '2021-07-16', precision: 'day', inferred: false })?.value,
    ).toBe(day);
  });

  it.each([
    ['dated only to its month', { date: '2021-08-01', precision: 'month' as const, inferred: false }],
    ['whose day is inferred', { date: '2021-07-16', precision: 'day' as const, inferred: true }],
  ])('a report %s gives no day', (_name, published) => {
    const tokens = tokenize('Hunderte Menschen werden noch vermisst.');
    expect(stillCountedOn(tokens, BEFORE, published)).toBeUndefined();
  });
});
