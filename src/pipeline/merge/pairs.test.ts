import { describe, expect, it } from 'vitest';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { day, sentence } from '../candidates/test-helpers.ts';
import { featuresOf } from './features.ts';
import { blocksOf, firstAfter, rankedPairs, strongestFirst } from './pairs.ts';
import { testCandidate } from './test-candidate.ts';

function candidate(
  document: string,
  extra: Partial<EventCandidate>,
): { c: EventCandidate; features: ReturnType<typeof featuresOf> } {
  const when = day('2022-01-08', 'On Saturday');
  const c = testCandidate(
    sentence({ text: 'On Saturday, something happened.', times: [when] }),
    when,
    Object.assign({ document }, extra),
  );
  return { c, features: featuresOf(c) };
}

describe('firstAfter: where in an ascending list the entries past a start', () => {
  it.each([
    [[], 3, 0],
    [[1, 2, 3], 0, 0],
    [[1, 2, 3], 2, 2],
    [[1, 2, 2, 3], 2, 3],
    [[1, 2, 3], 3, 3],
    [[1, 2, 3], 9, 3],
  ])('in %j past %i is index %i', (list, a, expected) => {
    expect(firstAfter(list, a)).toBe(expected);
  });
});

describe('strongestFirst: the order in which pairs are joined', () => {
  it.each([
    [[], []],
    [[2], [0]],
    [
      [2, 3.5, 2, 5, 3.5],
      [3, 1, 4, 0, 2],
    ],
    [
      [4, 4, 4],
      [0, 1, 2],
    ],
    [
      [2.5, 7, 2.25, 7, 2.5, 3],
      [1, 3, 5, 0, 4, 2],
    ],
  ])('scores %j are joined in the order %j (equal scores as listed)', (scores, expected) => {
    expect(strongestFirst(scores)).toEqual(expected);
  });
});

describe('blocksOf: the blocks each candidate is compared within', () => {
  it('puts candidates of one kind group naming the same actor in one block, and others not', () => {
    const items = [
      candidate('a', { actors: ['km'] }),
      candidate('b', { kind: 'investigation', actors: ['km'] }),
      candidate('c', { kind: 'death', actors: ['km'] }),
    ];
    const [a, b, c] = blocksOf(items);
    expect(a?.filter((list) => b?.includes(list))).toEqual([
      [0, 1],
      [0, 1],
    ]);
    expect(a?.some((list) => c?.includes(list))).toBe(false);
  });

  it('puts a candidate that names an actor twice in that block twice', () => {
    const [a] = blocksOf([candidate('a', { actors: ['km', 'km'] })]);
    expect(a).toEqual([[0], [0, 0], [0, 0]]);
  });
});

describe('rankedPairs: pairs that pass, strongest first', () => {
  it('lists the strongest pair first, then ties by their first and second candidate', () => {
    const items = [
      candidate('a', { actors: ['km'], places: ['almaty'] }),
      candidate('b', { actors: ['km'] }),
      candidate('c', { actors: ['km'], places: ['almaty'] }),
    ];
    const pairs = rankedPairs(items);
    expect(pairs.order.map((p) => [pairs.a[p], pairs.b[p]])).toEqual([
      [0, 2],
      [0, 1],
      [1, 2],
    ]);
  });

  it('leaves out pairs of different kinds', () => {
    const items = [candidate('a', { actors: ['km'] }), candidate('b', { kind: 'death', actors: ['km'] })];
    expect(rankedPairs(items).order).toEqual([]);
  });
});
