/** A public holiday a government declares is a measure it takes, titled so, not words it says. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a public holiday declared', () => {
  it.each([
    ['en', 'Sunday the government declared a three-day general holiday from Monday.'],
    ['nl', 'Zondag riep de regering drie vrije dagen uit.'],
    ['nl', 'Zondag werden drie vrije dagen uitgeroepen.'],
    ['de', 'Am Sonntag wurden drei Feiertage ausgerufen.'],
    ['de', 'Am Sonntag erklärte die Regierung die nächsten drei Tage zu Feiertagen.'],
  ])('[%s] “%s”', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-08-04').map((c) => c.title)).toEqual([
      expect.stringMatching(/declares a public holiday$|^Public holiday declared$/),
    ]);
  });

  it('beside a curfew, it is no statement of the government', () => {
    const kinds = kindsAndTitles(
      'en',
      'Sunday the government imposed an indefinite nationwide curfew and declared a three-day general holiday from Monday.',
      '2024-08-04',
    ).map((c) => c.kind);
    expect(kinds).not.toContain('statement');
    expect(kinds).toEqual(expect.arrayContaining(['curfew', 'emergency']));
  });
});
