import { describe, expect, it } from 'vitest';
import { isClockLine } from './clock-line.ts';

describe('a line that is only a clock heads a live-blog entry', () => {
  it.each<[string, boolean]>([
    ['8.50am GMT', true],
    ['00.35', true],
    ['21.20 Uhr', true],
    ['21.20 Uhr: Am Stade de France ist eine Explosion zu hören.', false],
    ['Zaterdag 14 november', false],
    ['2015', false],
  ])('“%s” is a clock line: %s', (line, expected) => {
    expect(isClockLine(line)).toBe(expected);
  });
});
