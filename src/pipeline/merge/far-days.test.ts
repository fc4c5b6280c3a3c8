/** Protests in towns far apart on days apart are two, whatever report of the whole country meets both. */
import { describe, expect, it } from 'vitest';
import { day, sentence } from '../candidates/test-helpers.ts';
import type { When } from '../types.ts';
import { FarDays } from './far-days.ts';
import { featuresOf } from './features.ts';
import { testCandidate } from './test-candidate.ts';

const POINTS: Record<string, [number, number]> = {
  zhanaozen: [43.34, 52.86],
  almaty: [43.24, 76.89],
  'almaty-akimat': [43.238, 76.945],
};
const pointOf = (id: string) => POINTS[id];

function report(text: string, places: string[], when: When, kind = 'protest') {
  return testCandidate(sentence({ text, times: [when] }), when, { kind, title: 'Protests', places });
}

const zhanaozen = report(
  'De protesten begonnen zondag in de olieplaats Zjanaozen in het westen van het land.',
  ['zhanaozen'],
  day('2022-01-02', 'zondag'),
);
const almaty = report(
  'Dinsdag gingen ook in Almaty, de grootste stad van het land, duizenden mensen de straat op.',
  ['almaty'],
  day('2022-01-04', 'Dinsdag'),
);

/** Whether the two reports' clusters clash (their roots are their indexes). */
function clash(a: ReturnType<typeof report>, b: ReturnType<typeof report>): boolean {
  const candidates = [a, b];
  return new FarDays(
    candidates,
    candidates.map((c) => featuresOf(c)),
    pointOf,
  ).clash(0, 1);
}

describe('protests in towns far apart', () => {
  it('those that began in Zhanaozen on Sunday and those in Almaty on Tuesday are two', () => {
    expect(clash(zhanaozen, almaty)).toBe(true);
  });

  it('those in Almaty and at its city hall on the same Tuesday may be one', () => {
    const hall = report(
      'On Tuesday thousands of protesters gathered outside the city hall in Almaty.',
      ['almaty-akimat'],
      day('2022-01-04', 'On Tuesday'),
    );
    expect(clash(almaty, hall)).toBe(false);
  });

  it('those in Zhanaozen and in Almaty on one Tuesday may be one wave told twice', () => {
    const sameDay = report(
      'Op dinsdag gingen ook in Zjanaozen duizenden mensen de straat op.',
      ['zhanaozen'],
      day('2022-01-04', 'Op dinsdag'),
    );
    expect(clash(sameDay, almaty)).toBe(false);
  });

  it('a fire is told apart by place already: no recurring happening', () => {
    expect(clash({ ...zhanaozen, kind: 'fire' }, { ...almaty, kind: 'fire' })).toBe(false);
  });
});
