/**
 * What a report written long after a day tells in the present progressive goes on as it is
 * written: "Prosecutors are investigating …" after "collapsed … on Aug. 14, 2018" in June 2019.
 */
import { describe, expect, it } from 'vitest';
import { timeStage } from './stage.ts';
import { article } from './test-article.ts';

function timedLast(texts: string[], published: string) {
  return timeStage(
    article('en', [texts], { date: published, precision: 'day', inferred: false }),
  ).sentences.at(-1);
}

const COLLAPSE = 'A section of the viaduct collapsed during a rainstorm on Aug. 14, 2018.';

describe('the present progressive after a day long before the report', () => {
  it('“Prosecutors are investigating more than 70 people” a year on is of the report’s day', () => {
    const s = timedLast([COLLAPSE, 'Prosecutors are investigating more than 70 people.'], '2019-06-28');
    expect(s?.timeFrom).not.toBe('context');
  });

  it('told the next day, it still takes the day before', () => {
    const s = timedLast([COLLAPSE, 'Prosecutors are investigating more than 70 people.'], '2018-08-15');
    expect(s?.when.start.slice(0, 10)).toBe('2018-08-14');
  });

  it('a past sentence a year on still takes the day told before it', () => {
    const s = timedLast([COLLAPSE, 'Dozens of vehicles plunged onto the riverbed.'], '2019-06-28');
    expect(s?.when.start.slice(0, 10)).toBe('2018-08-14');
  });
});
