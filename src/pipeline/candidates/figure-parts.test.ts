/**
 * "Twenty-four miners were rescued, five of them in serious condition": a number that counts some
 * of the ones counted before it is a part of that figure, not a second count that conflicts with it.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf } from './test-helpers.ts';

function countsAndTitles(lang: string, text: string): { title: string; figures: string[] }[] {
  return candidatesOf(lang, text, '2023-03-14').map((c) => ({
    title: c.title,
    figures: c.figures.map((f) => `${f.value} ${f.counts}`),
  }));
}

describe('a part of a figure after it ("five of them", "zwölf von ihnen", "vijf van hen")', () => {
  it.each([
    [
      'the injured miners are the 24 rescued, not 5 against 24',
      'en',
      'Tuesday twenty-four miners were rescued overnight and taken to hospital, five of them in serious condition.',
      '24 workers',
    ],
    [
      'the German injured passengers are more than 50, their seriously injured twelve no rival count',
      'de',
      'Dienstag wurden mehr als 50 Fahrgäste verletzt, zwölf von ihnen schwer.',
      '50 passengers injured',
    ],
    [
      'the Dutch injured are 30, five of whom seriously',
      'nl',
      'Dinsdag raakten 30 mensen gewond, vijf van hen ernstig.',
      '30 people injured',
    ],
  ])('%s', (_, lang, text, figure) => {
    // "were rescued … taken to hospital" is a rescue and an injury: the count goes to one of them.
    const c = countsAndTitles(lang, text).find((found) => found.figures.length > 0);
    expect(c?.figures).toHaveLength(1);
    expect(c?.figures[0]).toContain(figure);
  });

  it('a part with a noun of its own still counts: "12 people were killed, including three police officers"', () => {
    const [c] = countsAndTitles('en', 'Tuesday 12 people were killed, including three police officers.');
    expect(c?.figures).toEqual(expect.arrayContaining(['12 people killed']));
    expect(c?.figures).toHaveLength(2);
  });
});
