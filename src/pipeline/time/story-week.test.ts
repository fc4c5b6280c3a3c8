/**
 * A weekday told with "erst", "noch", "pas" or "only" goes on from the day the story is at: after a
 * Wednesday of the week before (Spiegel of Thursday 14 January 2021 on the storming of the 6th),
 * "Erst in der Nacht zu Donnerstag" is the night after it, not the night before publication.
 */
import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

describe('a weekday the story goes on to', () => {
  it.each([
    [
      'de',
      'Erst in der Nacht zu Donnerstag konnte der Kongress die Sitzung fortsetzen.',
      'Nacht zu Donnerstag',
      '2021-01-06TNI',
    ],
    ['de', 'Noch am Donnerstag trat die Ministerin zurück.', 'Donnerstag', '2021-01-07'],
    ['nl', 'Pas op donderdag trad de minister af.', 'donderdag', '2021-01-07'],
    ['en', 'Only on Thursday did the minister resign.', 'Thursday', '2021-01-07'],
  ])('[%s] “%s” after a Wednesday of last week is on %4$s', (lang, text, expression, value) => {
    const found = extractTimexes(text, { lang, dct: '2021-01-14', anchor: '2021-01-06' });
    expect(found.find((t) => t.text.includes(expression))?.value).toBe(value);
  });

  it.each([
    ['de', 'Am Donnerstag trat die Ministerin zurück.', 'Donnerstag', '2021-01-14'],
    ['de', 'Erst in der Nacht zu Donnerstag stimmte der Senat ab.', 'Nacht zu Donnerstag', '2021-01-13TNI'],
  ])(
    '[%s] “%s” stays of the week of publication without “erst” or without a story day of the week before',
    (lang, text, expression, value) => {
      const anchor = text.startsWith('Erst') ? '2021-01-12' : '2021-01-06';
      const found = extractTimexes(text, { lang, dct: '2021-01-14', anchor });
      expect(found.find((t) => t.text.includes(expression))?.value).toBe(value);
    },
  );
});
