import { describe, expect, it } from 'vitest';
import { assignLanes, fitLane, type LaneItem } from './lanes.ts';

/** [x0, glyphEnd, x1] */
const items = (...xs: [number, number, number][]): LaneItem[] =>
  xs.map(([x0, glyphEnd, x1]) => ({ x0, glyphEnd, x1 }));

describe('assignLanes', () => {
  it.each([
    ['items far apart share the first lane', items([0, 5, 10], [50, 55, 60]), 3, [0, 0]],
    ['an item under the previous label goes to the next lane', items([0, 5, 100], [50, 55, 60]), 3, [0, 1]],
    [
      'a freed lane is reused before opening a new one',
      items([0, 5, 10], [5, 10, 50], [20, 25, 30]),
      3,
      [0, 1, 0],
    ],
    ['items closer than the gap do not share a lane', items([0, 5, 10], [12, 15, 20]), 3, [0, 1]],
    [
      'when every lane is full even without labels the item is left out',
      items([0, 100, 100], [1, 100, 100], [2, 100, 100]),
      2,
      [0, 1, -1],
    ],
  ] as const)('%s', (_name, list, maxLanes, expected) => {
    expect(assignLanes(list, maxLanes).map((p) => p.lane)).toEqual(expected);
  });

  it('when every lane is taken, the earliest glyph gives up the rest of its label', () => {
    const placed = assignLanes(items([0, 5, 200], [10, 15, 200], [40, 45, 200]), 2);
    expect(placed).toEqual([
      { lane: 0, labelRoom: 36 },
      { lane: 1, labelRoom: Infinity },
      { lane: 0, labelRoom: Infinity },
    ]);
  });

  it('no two items in the same lane ever overlap, labels cut to their room included', () => {
    const list = Array.from({ length: 400 }, (_, i) => {
      const x0 = (i * 37) % 997;
      const glyphEnd = x0 + 4 + ((i * 7) % 30);
      return { x0, glyphEnd, x1: glyphEnd + 20 + ((i * 13) % 90) };
    }).sort((a, b) => a.x0 - b.x0);
    const placed = assignLanes(list, 8);
    const extent = (i: number) => {
      const item = list[i]!;
      return [item.x0, Math.max(item.glyphEnd, Math.min(item.x1, item.x0 + placed[i]!.labelRoom))] as const;
    };
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (placed[i]!.lane < 0 || placed[i]!.lane !== placed[j]!.lane) continue;
        const [a0, a1] = extent(i);
        const [b0, b1] = extent(j);
        expect(a0 < b1 && b0 < a1).toBe(false);
      }
    }
  });
});

describe('fitLane', () => {
  const occupied = [
    [
      { x0: 0, x1: 50 },
      { x0: 200, x1: 260 },
    ],
    [{ x0: 0, x1: 400 }],
    [],
  ];
  it.each([
    ['an item in the gap between two others fits that lane', { x0: 60, x1: 190 }, 0],
    ['an item overlapping the first lane goes to the next free one', { x0: 40, x1: 190 }, 2],
    ['an item that overlaps every lane fits nowhere', { x0: 0, x1: 10 }, -1],
  ])('%s', (_name, item, lane) => {
    expect(fitLane(occupied.slice(0, lane === -1 ? 2 : 3), item)).toBe(lane);
  });
});
