import { describe, expect, it } from 'vitest';
import { allCounted } from './all-counted.ts';
import { callsTotal } from './total-counts.ts';

describe('a count of all of a group is the whole of it so far', () => {
  it.each<[string, boolean]>([
    ['Alle twaalf jongens en hun voetbalcoach zijn uit de grot in het noorden van Thailand gehaald.', true],
    ['All 12 boys and their coach have been brought out of the cave.', true],
    ['Alle zwölf Jungen und ihr Trainer sind aus der Höhle geholt worden.', true],
    [
      'Duikers haalden dinsdag de laatste vier jongens en de coach naar buiten, meldt de Thaise marine.',
      false,
    ],
    ['All the boys are in good health.', false],
    ['Alle jongens liggen in het ziekenhuis van Chiang Rai.', false],
    ['Police made arrests in all 27 states on Sunday.', false],
    ['De politie verrichtte zondag arrestaties in alle twaalf provincies.', false],
  ])('“%s”: %s', (text, all) => {
    expect(allCounted(text)).toBe(all);
  });

  it.each<[string, boolean, boolean]>([
    ['the twelve boys brought out, no toll, are a total', false, true],
    ['all 150 on board killed, a toll, are no total of several happenings', true, false],
  ])('%s', (_name, tallied, total) => {
    const text = tallied
      ? 'All 150 people on board were killed when the plane crashed.'
      : 'Alle twaalf jongens en hun voetbalcoach zijn uit de grot gehaald.';
    expect(callsTotal(text, tallied)).toBe(total);
  });
});
