/**
 * A breached dike is told with a separable verb and a time, a storm's name or a place between its
 * parts ("De dijk brak afgelopen woensdag tijdens storm Henk door"): it is a dike breach, not a storm.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a dike breach', () => {
  it.each([
    ['a Dutch breach during a named storm', 'nl', 'Woensdag brak de dijk tijdens storm Henk door.'],
    [
      'a Dutch breach with its day and the storm between the verb’s parts',
      'nl',
      'De dijk brak afgelopen woensdag tijdens storm Henk door.',
    ],
    ['a Dutch breach with the place before it', 'nl', 'Bij Delfzijl is woensdag een dijk doorgebroken.'],
    ['a German breach', 'de', 'Am Mittwoch brach der Deich während des Sturms Henk.'],
    ['a German breach with the dike first', 'de', 'Der Deich brach am Mittwoch während des Sturms.'],
    ['an English breach', 'en', 'The dike burst on Wednesday during storm Henk.'],
  ])('%s is titled "Dike breach"', (_, lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-01-03')[0]).toEqual({ kind: 'disaster', title: 'Dike breach' });
  });

  it.each([
    ['nl', 'De dijk bij Delfzijl brak woensdag tijdens storm Henk door.'],
    ['de', 'Der Deich bei Delfzijl brach am Mittwoch.'],
  ])('[%s] a breach with its place says where: “%s”', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-01-03', [['Delfzijl', 'place', 'delfzijl']])[0]?.title).toBe(
      'Dike breach in Delfzijl',
    );
  });
});
