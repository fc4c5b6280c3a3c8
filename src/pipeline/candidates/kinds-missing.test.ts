/**
 * People reported missing after a flood, a landslide or a shipwreck are a happening of their own,
 * in English, Dutch and German news; a search for the missing is still a search.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('people missing', () => {
  it.each([
    [
      'en',
      'On Thursday 89 people were still missing in the Valencia region, the regional government said.',
      '89 people missing',
    ],
    ['en', 'On Tuesday twelve climbers went missing on the mountain.', '12 people missing'],
    [
      'en',
      'The government said on Friday that 1,900 people had been reported missing.',
      '1,900 people missing',
    ],
    ['en', 'The number of missing rose to 89 on Thursday.', '89 people missing'],
    ['nl', 'Donderdag werden nog 89 mensen vermist, meldde de regionale regering.', '89 people missing'],
    ['nl', 'Volgens de autoriteiten worden nog tientallen mensen vermist.', 'Dozens of people missing'],
    [
      'de',
      'Am Donnerstag galten noch 89 Menschen als vermisst, teilte die Regionalregierung mit.',
      '89 people missing',
    ],
    ['de', 'Die Zahl der Vermissten stieg am Donnerstag auf 89.', '89 people missing'],
  ])('[%s] “%s” reports %s', (lang, text, title) => {
    expect(kindsAndTitles(lang, text, '2024-11-01')).toEqual([{ kind: 'missing', title }]);
  });

  it('a sentence with the dead and the missing reports both', () => {
    expect(
      kindsAndTitles(
        'en',
        'Three people died and eight are missing after the landslide on Friday.',
        '2024-11-01',
      ).map((c) => c.kind),
    ).toEqual(['death', 'missing']);
  });

  it.each([
    ['nl', 'Vrijdag heeft de kustwacht de zoektocht naar vermisten grotendeels gestaakt.', ['search-ended']],
    ['de', 'Freitag hat die Küstenwache die Suche nach Vermissten inzwischen eingestellt.', ['search-ended']],
    ['en', 'He said on Friday that he was missing his family.', []],
  ])('[%s] “%s” reports no one missing', (lang, text, kinds) => {
    expect(kindsAndTitles(lang, text, '2024-11-01').map((c) => c.kind)).toEqual(kinds);
  });
});
