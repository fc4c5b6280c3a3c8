import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a title listing several figures', () => {
  it.each<[string, string, string]>([
    [
      'de',
      'Donnerstag wurden 13 Soldaten und mehr als 170 Menschen getötet.',
      '13 troops, more than 170 people killed',
    ],
    [
      'en',
      'Thursday 13 soldiers and at least 60 people were killed.',
      '13 troops, at least 60 people killed',
    ],
  ])('[%s] “%s” is titled “%s”, capitalised only at its start', (lang, text, title) => {
    expect(kindsAndTitles(lang, text, '2021-08-26').map((c) => c.title)).toContain(title);
  });
});
