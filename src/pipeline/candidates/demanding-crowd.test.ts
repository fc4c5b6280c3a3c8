/**
 * A crowd demanding a resignation makes a call, no protest: only words saying it took to the
 * streets make one.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

const OLI: [string, 'actor', string] = ['Oli', 'actor', 'k-p-sharma-oli'];

describe('a crowd that demands', () => {
  it.each([
    ['en', 'Monday protesters are demanding the resignation of Prime Minister Oli.'],
    ['en', 'Monday students demanded the resignation of Prime Minister Oli.'],
    ['nl', 'Maandag eisen betogers het aftreden van premier Oli.'],
    ['de', 'Montag fordern Demonstranten den Rücktritt von Regierungschef Oli.'],
  ])('[%s] “%s” is a call for the resignation, no protest', (lang, text) => {
    const found = kindsAndTitles(lang, text, '2025-09-08', [OLI]);
    expect(found.map((c) => c.kind)).toEqual(['statement']);
    expect(found[0]?.title).toMatch(/resignation/);
  });

  it.each([
    [
      'en',
      'Monday thousands of protesters took to the streets demanding the resignation of Prime Minister Oli.',
    ],
  ])('[%s] “%s” is still a protest', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2025-09-08', [OLI]).map((c) => c.kind)).toContain('protest');
  });
});

describe('a demand in a clause about the crowd', () => {
  it('[en] “The protesters, who initially demanded an end to quotas, are now calling for …” keeps its protest', () => {
    const text =
      'Sunday the protesters, who initially demanded an end to quotas in government jobs, are now calling for Prime Minister Sheikh Hasina to resign.';
    expect(
      kindsAndTitles('en', text, '2024-08-04', [['Sheikh Hasina', 'actor', 'sheikh-hasina']]).map(
        (c) => c.kind,
      ),
    ).toContain('protest');
  });
});
