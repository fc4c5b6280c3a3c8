/** A leader's flight told by where from and by where to is one happening. */
import { describe, expect, it } from 'vitest';
import { beforePublication, day, sentence } from '../candidates/test-helpers.ts';
import { mergeCandidates } from './stage.ts';
import { testCandidate } from './test-candidate.ts';

const COUNTRIES: Record<string, string> = { 'sri-lanka': 'LK', maldives: 'MV', colombo: 'LK' };
const countryOf = (id: string) => COUNTRIES[id];

function report(text: string, places: string[], kind: string, document: string, dated: boolean) {
  const when = dated ? day('2022-07-13', 'woensdag') : beforePublication('2022-07-13');
  return testCandidate(sentence({ text, ...(dated ? { times: [when] } : { when }) }), when, {
    document,
    language: document === 'nos' ? 'nl' : 'en',
    kind,
    title: 'Flight',
    places,
    patient: 'name:gotabaya-rajapaksa',
    actors: ['name:gotabaya-rajapaksa'],
  });
}

describe('a flight abroad named by its two ends', () => {
  it('“Sri Lanka’s president has fled the country” and “vluchtte woensdag naar de Malediven” are one event', () => {
    const events = mergeCandidates(
      [
        report(
          "Sri Lanka's president, Gotabaya Rajapaksa, has fled the country.",
          ['sri-lanka'],
          'exile',
          'paper',
          false,
        ),
        report('Rajapaksa vluchtte woensdag naar de Malediven.', ['maldives'], 'exile', 'nos', true),
      ],
      countryOf,
    );
    expect(events).toHaveLength(1);
  });

  it('a resignation reported in Colombo and one in the Maldives stay two: only a flight names two countries', () => {
    const events = mergeCandidates(
      [
        report('Rajapaksa resigned in Colombo.', ['colombo'], 'resignation', 'paper', false),
        report('Rajapaksa trad woensdag af op de Malediven.', ['maldives'], 'resignation', 'nos', true),
      ],
      countryOf,
    );
    expect(events).toHaveLength(2);
  });
});
