/**
 * How far a report's days reach for the merge: an evening's riot into the small hours, a speaker's
 * words of that evening not.
 */
import { describe, expect, it } from 'vitest';
import { day, sentence } from '../candidates/test-helpers.ts';
import type { When } from '../types.ts';
import { eveningReach, firstDayNumber } from './reach-days.ts';
import { testCandidate } from './test-candidate.ts';

const evening = (date: string): When => ({
  start: date,
  end: date,
  precision: 'part-of-day',
  value: `${date}TEV`,
  confidence: 0.8,
});

describe('the days an evening reaches', () => {
  it.each<[string, string, string, When, number]>([
    [
      'Spohr’s words “am Abend” of Tuesday reach no Wednesday',
      'statement',
      'Lufthansa-Chef Carsten Spohr sprach von einem "schwarzen Tag für die Lufthansa".',
      evening('2015-03-24'),
      0,
    ],
    [
      'a riot of Tuesday evening runs into the small hours',
      'riot',
      'Am Dienstagabend lieferten sich Jugendliche Straßenschlachten mit der Polizei.',
      evening('2023-06-27'),
      1,
    ],
    ['a day reaches no further', 'statement', 'Rutte said he was deeply shocked.', day('2023-09-28'), 0],
    [
      'a state of emergency “from midnight on Monday” reaches Tuesday, which that midnight opens',
      'emergency',
      "President Sirisena's office said a state of emergency would take effect from midnight on Monday.",
      {
        start: '2019-04-22T23:59',
        end: '2019-04-22T23:59',
        precision: 'time',
        value: '2019-04-22T23:59',
        confidence: 0.85,
      },
      1,
    ],
  ])('%s', (_what, kind, text, when, reach) => {
    expect(eveningReach(testCandidate(sentence({ text }), when, { kind }), true)).toBe(reach);
  });
});

describe('the first day a report may tell', () => {
  it('a running toll reaches back a week before its count', () => {
    const toll = testCandidate(
      sentence({ text: 'The death toll rose to 158 on Thursday.' }),
      day('2024-10-31'),
      {
        kind: 'death',
        tally: true,
      },
    );
    expect(firstDayNumber(toll, 100, 100)).toBe(93);
  });

  it('another report starts on its first day', () => {
    const said = testCandidate(sentence({ text: 'Rutte said he was deeply shocked.' }), day('2023-09-28'));
    expect(firstDayNumber(said, 100, 101)).toBe(100);
  });
});
