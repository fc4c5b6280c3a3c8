import { describe, expect, it } from 'vitest';
import { damerau, phoneticKey } from './phonetic.ts';

describe('phoneticKey', () => {
  it.each([
    ['Shymkent', 'Chimkent'],
    ['Shymkent', 'Tsjimkent'],
    ['Shymkent', 'Schymkent'],
    ['Zhanaozen', 'Janaozen'],
    ['Zhanaozen', 'Schanaösen'],
    ['Tokayev', 'Tokajev'],
    ['Tokayev', 'Tokajew'],
    ['Nazarbayev', 'Nasarbajew'],
    ['Nursultan', 'Noersoeltan'],
    ['Putin', 'Poetin'],
    ['Antony', 'Anthony'],
    ['Kassym', 'Qasim'],
    ['Jomart', 'Shomart'],
    ['Prigozhin', 'Prigozjin'],
    ['Zurabishvili', 'Zoerabisjvili'],
    ['Pence', 'Pens'],
    ['Joyce', 'Joys'],
  ])('gives %s and %s the same key', (a, b) => {
    expect(phoneticKey(a)).toBe(phoneticKey(b));
  });

  it.each([
    ['Tokayev', 'Djokovic'],
    ['Massimov', 'Moscow'],
    ['Almaty', 'Aktau'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(damerau(phoneticKey(a), phoneticKey(b))).toBeGreaterThan(2);
  });
});

describe('damerau', () => {
  it.each([
    ['massimo', 'massimov', 1],
    ['abcd', 'abdc', 1],
    ['nursultan', 'narsultan', 1],
    ['', 'abc', 3],
  ])('counts %s → %s as %i edits', (a, b, d) => {
    expect(damerau(a, b)).toBe(d);
  });
});
