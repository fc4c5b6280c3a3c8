/**
 * A noun quoted right after a count is what the count counts: the dead a ministry calls "armed
 * criminals" are a toll of people, titled by their number.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf } from './test-helpers.ts';

function counted(lang: string, text: string) {
  return candidatesOf(lang, text, '2022-01-07').map((c) => ({
    title: c.title,
    figures: c.figures.map((f) => `${f.value} ${f.counts}`),
  }));
}

describe('a quoted noun after a count is what is counted', () => {
  it.each([
    [
      'en',
      'Authorities said 26 "armed criminals" had been killed and more than 3,000 people detained.',
      '26 people killed',
    ],
    [
      'de',
      'Nach Angaben des Innenministeriums wurden bislang 26 "bewaffnete Kriminelle" getötet und 18 Sicherheitskräfte.',
      '26 people killed',
    ],
    ['nl', 'Volgens de autoriteiten zijn 26 "gewapende criminelen" gedood.', '26 people killed'],
  ])('[%s] “%s” counts %s', (lang, text, figure) => {
    const deaths = counted(lang, text).find((c) => c.figures.includes(figure));
    expect(deaths?.title).toMatch(/^26 /);
  });

  it('counts no quoted words that run on past a few: 5 "a b c d e"', () => {
    expect(
      counted('en', 'Police said 5 "of the very worst kind of men" had been killed.'),
    ).not.toContainEqual(expect.objectContaining({ figures: ['5 people killed'] }));
  });
});
