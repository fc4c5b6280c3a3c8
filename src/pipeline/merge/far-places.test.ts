/** Evacuations and fires at places far apart are two happenings, whatever report names neither. */
import { describe, expect, it } from 'vitest';
import { day, sentence, week } from '../candidates/test-helpers.ts';
import type { When } from '../types.ts';
import { farApart, pointsOf } from './far-places.ts';
import { mergeCandidates } from './stage.ts';
import { testCandidate } from './test-candidate.ts';

const POINTS: Record<string, [number, number]> = {
  rhodes: [36.1833, 27.95],
  kiotari: [36.0425, 27.969],
  corfu: [39.6243, 19.9217],
  athens: [37.9838, 23.7278],
};
const pointOf = (id: string) => POINTS[id];
const countryOf = (id: string) => (id in POINTS || id === 'greece' ? 'GR' : undefined);

describe('places far apart', () => {
  it.each([
    ['Rhodes and its village Kiotari', ['rhodes'], ['kiotari'], false],
    ['Rhodes and Corfu', ['rhodes'], ['corfu'], true],
    ['Corfu and Athens against Rhodes', ['corfu', 'athens'], ['rhodes'], true],
    ['Athens and Rhodes against Rhodes', ['athens', 'rhodes'], ['rhodes'], false],
    ['Greece, a country, against Rhodes', ['greece'], ['rhodes'], false],
  ])('%s: far apart is %s', (_, a, b, far) => {
    expect(farApart(pointsOf(a, pointOf), pointsOf(b, pointOf))).toBe(far);
  });
});

function evacuation(text: string, places: string[], when: When, document: string, index: number) {
  return testCandidate(sentence({ text, times: [when], paragraph: `p${index}` }, index), when, {
    document,
    kind: 'evacuation',
    title: 'Evacuation',
    places,
  });
}

describe('evacuations in one country', () => {
  const rhodes = evacuation(
    'Greece evacuated thousands of tourists from hotels on the island of Rhodes on Saturday.',
    ['rhodes'],
    day('2023-07-22', 'on Saturday'),
    'wire',
    0,
  );
  const weekend = evacuation(
    'Greek authorities said around 30,000 people had been evacuated at the weekend.',
    [],
    week('2023-07-22', '2023-07-23', '2023-W29-WE', 'at the weekend'),
    'krant',
    1,
  );
  const corfu = evacuation(
    'The fire has also forced evacuations on the island of Corfu and near Athens on Sunday.',
    ['athens', 'corfu', 'greece'],
    day('2023-07-23', 'on Sunday'),
    'wire',
    9,
  );

  it('on Rhodes and on Corfu stay two, though a report naming no island meets both', () => {
    const events = mergeCandidates([rhodes, weekend, corfu], countryOf, undefined, pointOf);
    expect(events.map((e) => e.places.join(' ')).sort()).toEqual(['athens corfu greece', 'rhodes']);
  });

  it('on Rhodes and in Kiotari, a village of it, are one', () => {
    const kiotari = evacuation(
      'Die Menschen wurden am Samstag aus Kiotari in Sicherheit gebracht.',
      ['kiotari'],
      day('2023-07-22', 'am Samstag'),
      'dpa',
      2,
    );
    expect(mergeCandidates([rhodes, kiotari], countryOf, undefined, pointOf)).toHaveLength(1);
  });
});
