/**
 * A month-only report is read against its month's reports before a recap a season away that
 * shares more of its names.
 */
import { describe, expect, it } from 'vitest';
import { ownMonthFirst } from './own-month-first.ts';
import type { Sister } from './sisters.ts';
import { sisterOf } from './test-sisters.ts';

const month = (date: string) => ({ date, precision: 'month' as const, from: 'date-line' as const });

describe('the reports a month-only report is read against', () => {
  const recap = sisterOf('05_grenfell_six_months_on', '2017-12-14', 0.41);
  const wire = sisterOf('01_wire_grenfell_toll', '2017-06-15', 0.25);
  const nos = sisterOf('02_nos_grenfell_58_vermist', '2017-06-17', 0.18);
  it.each<[string, Sister[], ReturnType<typeof month> | undefined, string[]]>([
    [
      'a report of June 2017 puts the June reports before a December recap',
      [recap, wire, nos],
      month('2017-06'),
      ['01_wire_grenfell_toll', '02_nos_grenfell_58_vermist', '05_grenfell_six_months_on'],
    ],
    [
      'a report of September keeps a closer one of late July first: weeks, not a season, apart',
      [sisterOf('en_ap_0730', '2024-07-30', 0.19), sisterOf('de_spiegel_0903', '2024-09-03', 0.19)],
      month('2024-09'),
      ['en_ap_0730', 'de_spiegel_0903'],
    ],
    [
      'an undated report keeps the order',
      [recap, wire],
      undefined,
      ['05_grenfell_six_months_on', '01_wire_grenfell_toll'],
    ],
  ])('%s', (_, all, hint, ids) => {
    expect(ownMonthFirst(all, hint).map((s) => s.id)).toEqual(ids);
  });
});
