/** A count over the story's first few days names how many; a count of one day or a season none. */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../langs.ts';
import { daysCounted } from './days-counted.ts';

describe('the days a count is over', () => {
  it.each<[Lang, string, number | undefined]>([
    ['en', 'In all, 17 people died in the three days of violence, besides the three gunmen.', 3],
    ['en', 'In the three days of terror 17 people died, besides the three perpetrators.', 3],
    ['de', 'In den drei Tagen des Terrors starben 17 Menschen, die drei Täter nicht mitgezählt.', 3],
    ['nl', 'In de drie dagen van terreur kwamen 17 mensen om het leven, de drie daders niet meegeteld.', 3],
    ['en', 'At least 39 people were killed on Thursday alone.', undefined],
    ['en', 'Almost 300 people have been killed in the 90 days of protests.', undefined],
    ['en', 'He declared a national day of mourning, with flags at half-staff for three days.', undefined],
  ])('%s: “%s” counts over %s days', (lang, text, days) => {
    expect(daysCounted(lang, text)).toBe(days);
  });
});
