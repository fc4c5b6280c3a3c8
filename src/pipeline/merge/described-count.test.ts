/**
 * The dead a report describes by who they were, on the day its paragraph tells, are that day's
 * happening: the running toll of the story ("since then, at least 20 people") does not take them in.
 */
import { describe, expect, it } from 'vitest';
import { beforePublication, day, sentence } from '../candidates/test-helpers.ts';
import type { Figure, When } from '../../schema/events.ts';
import { countsDescribedOnDay } from './described-count.ts';
import { featuresOf } from './features.ts';
import { testCandidate } from './test-candidate.ts';

const sunday = day('2022-12-11', undefined, 0.68);

function deaths(document: string, text: string, when: When, figure: Figure, runningTotal = false) {
  return testCandidate(sentence({ text, when }), when, {
    document,
    kind: 'death',
    title: `${figure.value} people killed`,
    figures: [figure],
    ...(runningTotal ? { runningTotal: true as const, tally: true as const } : {}),
  });
}

const twee: Figure = { value: 2, counts: 'people killed', text: 'twee', qualifier: 'exact' };

describe('a count of the dead described by who they were, on a day', () => {
  it.each<[string, string, Figure, When, boolean]>([
    [
      'Dutch “twee tieners” on the Sunday the paragraph tells',
      'Bij confrontaties met de politie kwamen daar twee tieners om het leven.',
      twee,
      sunday,
      true,
    ],
    [
      'English “two teenagers”',
      'Two teenagers were killed in clashes with police at the airport.',
      { ...twee, text: 'Two' },
      sunday,
      true,
    ],
    [
      'German “zwei Jugendliche”',
      'Bei Zusammenstößen mit der Polizei kamen dort zwei Jugendliche ums Leben.',
      { ...twee, text: 'zwei' },
      sunday,
      true,
    ],
    [
      'people, not described, are a value of the toll',
      'In het zuiden van Peru zijn bij protesten zeker zeven mensen om het leven gekomen.',
      { value: 7, counts: 'people killed', text: 'zeker zeven', qualifier: 'at-least' },
      sunday,
      false,
    ],
    [
      'teenagers with no day but publication are no day’s count',
      'Bij confrontaties met de politie kwamen twee tieners om het leven.',
      twee,
      beforePublication('2022-12-12'),
      false,
    ],
  ])('%s: %s', (_name, text, figure, when, expected) => {
    expect(countsDescribedOnDay(deaths('doc', text, when, figure))).toBe(expected);
  });

  it('the two teenagers killed on Sunday count that day, which no running toll joins; seven people do not', () => {
    const teens = deaths(
      'nl_nos_1212',
      'Bij confrontaties met de politie kwamen daar twee tieners om het leven.',
      sunday,
      twee,
    );
    const seven = deaths(
      'nl_nos_1212',
      'Bij protesten tegen de nieuwe regering zijn daar zeker zeven mensen om het leven gekomen.',
      sunday,
      { value: 7, counts: 'people killed', text: 'zeker zeven', qualifier: 'at-least' },
    );
    expect([featuresOf(teens).dayCount, featuresOf(seven).dayCount]).toEqual([true, false]);
  });
});
