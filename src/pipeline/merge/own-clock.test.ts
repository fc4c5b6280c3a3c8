import { describe, expect, it } from 'vitest';
import { sentence } from '../candidates/test-helpers.ts';
import type { When } from '../types.ts';
import { ownClock, ownPart } from './own-clock.ts';
import { testCandidate } from './test-candidate.ts';

const MINUTES = (iso: string) => Date.parse(`${iso}Z`) / 60_000;

function told(text: string, when: When, own = true) {
  const s = sentence(own ? { text, times: [when] } : { text, when });
  return testCandidate(s, when);
}

describe('ownClock and ownPart: the time of day a sentence dates itself to', () => {
  const clock: When = {
    start: '2014-07-17T16:20',
    end: '2014-07-17T16:20',
    precision: 'time',
    value: '2014-07-17T16:20',
    confidence: 0.9,
    text: 'rond 16.20 uur',
  };
  const afternoon: When = {
    start: '2014-07-17',
    end: '2014-07-17',
    precision: 'part-of-day',
    value: '2014-07-17TAF',
    confidence: 0.9,
    text: 'am Donnerstagnachmittag',
  };
  it.each<[string, string, When, boolean, number | undefined, [number, number]]>([
    [
      '"rond 16.20 uur" is a clock time of its own, and no part of the day',
      'Het toestel stortte rond 16.20 uur neer.',
      clock,
      true,
      MINUTES('2014-07-17T16:20'),
      [Number.NaN, Number.NaN],
    ],
    [
      'a clock time borrowed from the sentence before is none of its own',
      'Het toestel stortte neer.',
      clock,
      false,
      undefined,
      [Number.NaN, Number.NaN],
    ],
    [
      '"am Donnerstagnachmittag" spans the afternoon, from noon to six',
      'Die Maschine stürzte am Donnerstagnachmittag ab.',
      afternoon,
      true,
      undefined,
      [MINUTES('2014-07-17T12:00'), MINUTES('2014-07-17T18:00')],
    ],
  ])('%s', (_name, text, when, own, expectedClock, [from, to]) => {
    const c = told(text, when, own);
    expect(ownClock(c)).toBe(expectedClock);
    expect(ownPart(c)).toEqual({ partFrom: from, partTo: to });
  });
});
