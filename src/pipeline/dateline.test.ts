import { describe, expect, it } from 'vitest';
import { datelineAt } from './dateline.ts';

describe('datelineAt', () => {
  it.each([
    [
      'TBILISI, Oct 27 (Reuters) - Georgia’s ruling party claimed victory.',
      { place: 'TBILISI', month: 10, day: 27 },
      'Georgia’s ruling party claimed victory.',
    ],
    [
      'WASHINGTON (AP) — President Joe Biden said on Friday…',
      { place: 'WASHINGTON' },
      'President Joe Biden said on Friday…',
    ],
    ['Berlin (dpa) - Die Bahn streikt.', { place: 'Berlin' }, 'Die Bahn streikt.'],
    [
      'ALMATY, Kazakhstan, 5 January (ANP/AFP) – Troops arrived.',
      { place: 'ALMATY', month: 1, day: 5 },
      'Troops arrived.',
    ],
    [
      'KYIV, Sept. 3 - Russian missiles hit Poltava.',
      { place: 'KYIV', month: 9, day: 3 },
      'Russian missiles hit Poltava.',
    ],
    [
      'ISTANBUL/DAMASCUS, Feb 6 (Reuters) - A 7.8 magnitude earthquake struck southern Turkey.',
      { place: 'ISTANBUL/DAMASCUS', month: 2, day: 6 },
      'A 7.8 magnitude earthquake struck southern Turkey.',
    ],
  ])('finds the dateline of “%s”', (paragraph, expected, rest) => {
    const found = datelineAt(paragraph);
    expect(found).toMatchObject(expected);
    expect(paragraph.slice(found?.end)).toBe(rest);
  });

  it.each([
    ['Paris - the capital - was quiet on Sunday.'],
    ['Tokayev (pictured) — the president — spoke on Friday.'],
    ['At least 158 people have died in the floods.'],
    ['NATO, the alliance, met on Tuesday.'],
    ['ALMATY, Kazakhstan, Foo 5 (AFP) – Troops arrived.'],
  ])('sees no dateline in “%s”', (paragraph) => {
    expect(datelineAt(paragraph)).toBeUndefined();
  });
});
