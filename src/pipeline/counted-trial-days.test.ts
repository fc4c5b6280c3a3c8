/**
 * An undated report whose lede counts days since a happening ("Twee dagen na de dood van zijn
 * moeder, koningin Elizabeth, kwam in St James's Palace de Accession Council bijeen") is tried
 * first on the days that count gives from the days the dated reports anchor, the latest first.
 */
import { describe, expect, it } from 'vitest';
import { trialDays, type Pairing } from './anchored-dates.ts';
import { countedTrialDays } from './counted-trial-days.ts';

function pair(title: string, day: string, agrees: boolean): Pairing {
  return {
    happening: { key: title, title, group: title, start: day, end: day, names: [title], document: 'nos' },
    anchor: { group: title, name: title, day, document: 'reuters' },
    settled: true,
    agrees,
  };
}

/** Read from the first guess (1 September), the NOS tells the death and the appointment a week off. */
const NOS = [
  pair('Queen Elizabeth II dies', '2022-09-08', false),
  pair('Liz Truss appointed prime minister', '2022-09-06', false),
];

describe('the days an undated report is tried on', () => {
  it.each<[string, Pairing[], number | undefined, string[]]>([
    [
      '“Twee dagen na de dood …”: two days after the death, then two after the appointment, then the rest',
      NOS,
      2,
      ['2022-09-10', '2022-09-08', ...trialDays(NOS).filter((d) => d !== '2022-09-08' && d !== '2022-09-10')],
    ],
    ['a lede that counts nothing keeps the days from the latest anchor on', NOS, undefined, trialDays(NOS)],
    [
      'a report that agrees with every anchor is not tried again',
      [pair('Queen Elizabeth II dies', '2022-09-08', true)],
      2,
      [],
    ],
  ])('%s', (_, pairs, counted, days) => {
    expect(countedTrialDays(pairs, counted)).toEqual(days);
  });
});
