/**
 * An event no report places is shown where the reports about one country put it ("Internet shut
 * down" in Kazakhstan); an event with a place of its own keeps it, and reports putting it in two
 * countries leave it off the map.
 */
import { describe, expect, it } from 'vitest';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { placesOrHome } from './home-places.ts';

const countries: Record<string, string> = { kazakhstan: 'KZ', almaty: 'KZ', germany: 'DE' };
const countryOf = (id: string) => countries[id];

function reported(homePlaces?: string[]): EventCandidate {
  return { homePlaces } as EventCandidate;
}

describe('the places an event shows', () => {
  it.each<[string, string[], (string[] | undefined)[], string[]]>([
    [
      'an event told at no place is shown in the report’s country',
      [],
      [['kazakhstan'], undefined],
      ['kazakhstan'],
    ],
    [
      'two reports about the same country put it there once',
      [],
      [['kazakhstan'], ['kazakhstan']],
      ['kazakhstan'],
    ],
    ['a place a report names is kept', ['almaty'], [['kazakhstan']], ['almaty']],
    ['reports about two countries leave it off the map', [], [['kazakhstan'], ['germany']], []],
    ['no report about one country: no place', [], [undefined], []],
  ])('%s', (_, shown, homes, expected) => {
    expect(placesOrHome(shown, homes.map(reported), countryOf)).toEqual(expected);
  });
});
