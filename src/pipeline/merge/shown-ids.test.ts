/** The ids an event shows: each once, in order, without those its reports named in another clause. */
import { describe, expect, it } from 'vitest';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { shownIds, uniqueSorted } from './shown-ids.ts';

describe('uniqueSorted: ids each once, in order', () => {
  it.each([
    [[], []],
    [['b'], ['b']],
    [
      ['b', 'a'],
      ['a', 'b'],
    ],
    [
      ['b', 'a', 'b', 'c', 'a'],
      ['a', 'b', 'c'],
    ],
    [
      ['Z', 'a', 'Z'],
      ['Z', 'a'],
    ],
  ])('%j gives %j', (ids, expected) => {
    expect(uniqueSorted(ids)).toEqual(expected);
  });

  it('gives a new list', () => {
    const ids = ['a'];
    expect(uniqueSorted(ids)).not.toBe(ids);
  });
});

describe('shownIds: an event shows what the clauses of its happenings name', () => {
  const report = (actors: string[], asideActors?: string[]) =>
    ({ actors, ...(asideActors ? { asideActors } : {}) }) as unknown as EventCandidate;

  it('leaves out an actor one report named only in another clause', () => {
    expect(
      shownIds(
        [report(['knb', 'massimov'], ['knb', 'massimov'])],
        (c) => c.actors,
        (c) => c.asideActors,
      ),
    ).toEqual([]);
  });

  it('keeps an actor another report names in its happening’s own clause', () => {
    const reports = [report(['knb', 'massimov'], ['knb', 'massimov']), report(['massimov'])];
    expect(
      shownIds(
        reports,
        (c) => c.actors,
        (c) => c.asideActors,
      ),
    ).toEqual(['massimov']);
  });
});
