import { describe, expect, it } from 'vitest';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { beforePublication, day, sentence, year } from '../candidates/test-helpers.ts';
import type { When } from '../types.ts';
import { featuresOf } from './features.ts';
import { testCandidate } from './test-candidate.ts';

function candidate(when: When, own: boolean, extra: Partial<EventCandidate> = {}): EventCandidate {
  const s = sentence(
    own ? { text: 'On Friday it happened.', times: [when] } : { text: 'It happened.', when },
  );
  return testCandidate(s, when, extra);
}

const clock: When = {
  start: '2023-02-06T04:17',
  end: '2023-02-06T04:17',
  precision: 'time',
  value: '2023-02-06T04:17',
  confidence: 0.9,
};

describe('featuresOf: what the merge compares of a candidate, worked out once', () => {
  it.each([
    [
      'a day of its own',
      candidate(day('2022-01-07', 'On Friday'), true),
      { dated: true, own: true, ownDated: true },
    ],
    ['a year', candidate(year('2021', 'On Friday'), true), { dated: false, coarse: true, ownDated: true }],
    [
      'only "before publication"',
      candidate(beforePublication('2022-01-08'), false),
      { dated: false, beforePublication: true, own: false, ownDated: false },
    ],
  ])('tells whether a time is dated: %s', (_, c, expected) => {
    expect(featuresOf(c)).toMatchObject(expected);
  });

  it('keeps the days of a time without the clock', () => {
    const f = featuresOf(candidate({ ...clock, text: 'On Friday' }, true));
    expect([f.startDay, f.endDay]).toEqual(['2023-02-06', '2023-02-06']);
  });

  it.each([
    [
      'a time of day of its own gives minutes since the epoch',
      true,
      Date.parse('2023-02-06T04:17Z') / 60_000,
    ],
    ['a time of day from context gives none', false, Number.NaN],
  ])('%s', (_, own, minutes) => {
    expect(featuresOf(candidate({ ...clock, text: 'On Friday' }, own)).clock).toEqual(minutes);
  });

  it('takes a stretch of more than a week as long', () => {
    const since = { ...day('2023-01-01', 'On Friday'), end: '2023-03-28' };
    expect(featuresOf(candidate(since, true)).longStretch).toBe(true);
    expect(featuresOf(candidate(day('2023-03-27', 'On Friday'), true)).longStretch).toBe(false);
  });

  it('groups an investigation with arrests and leaves the common topics out of the strong ones', () => {
    const f = featuresOf(
      candidate(day('2022-01-07', 'On Friday'), true, {
        kind: 'investigation',
        concepts: ['police', 'arms'],
      }),
    );
    expect([f.group, f.strong, f.concepts]).toEqual(['arrest', ['arms'], ['police', 'arms']]);
  });

  it('marks vague figures', () => {
    const f = featuresOf(
      candidate(day('2022-01-07', 'On Friday'), true, {
        figures: [
          { value: 1000, counts: 'people arrested', text: 'thousands', qualifier: 'at-least' },
          { value: 3000, counts: 'people arrested', text: 'more than 3,000', qualifier: 'more-than' },
        ],
      }),
    );
    expect([f.figureCounts, f.figureValues, f.figureVague]).toEqual([
      ['people arrested', 'people arrested'],
      [1000, 3000],
      [true, false],
    ]);
  });
});
