import { describe, expect, it } from 'vitest';
import { assignLanes, type Extent } from './lanes.ts';

const overlaps = (a: Extent, b: Extent) => a.x0 < b.x1 && b.x0 < a.x1;

describe('assignLanes', () => {
  it.each([
    [
      'items far apart share the first lane',
      [
        { x0: 0, x1: 10 },
        { x0: 50, x1: 60 },
      ],
      3,
      [0, 0],
    ],
    [
      'an item overlapping the previous one goes to the next lane',
      [
        { x0: 0, x1: 100 },
        { x0: 50, x1: 60 },
      ],
      3,
      [0, 1],
    ],
    [
      'a label that runs into the next item pushes it down',
      [
        { x0: 0, x1: 120 },
        { x0: 110, x1: 118 },
        { x0: 130, x1: 140 },
      ],
      3,
      [0, 1, 0],
    ],
    [
      'items touching closer than the gap do not share a lane',
      [
        { x0: 0, x1: 10 },
        { x0: 12, x1: 20 },
      ],
      3,
      [0, 1],
    ],
    [
      'when every lane is taken the item is left out',
      [
        { x0: 0, x1: 100 },
        { x0: 1, x1: 100 },
        { x0: 2, x1: 100 },
      ],
      2,
      [0, 1, -1],
    ],
    [
      'a freed lane is reused before opening a new one',
      [
        { x0: 0, x1: 10 },
        { x0: 5, x1: 50 },
        { x0: 20, x1: 30 },
      ],
      3,
      [0, 1, 0],
    ],
  ] as const)('%s', (_name, items, maxLanes, expected) => {
    expect(assignLanes(items, maxLanes)).toEqual(expected);
  });

  it('no two items in the same lane ever overlap', () => {
    const items = Array.from({ length: 300 }, (_, i) => {
      const x0 = (i * 37) % 997;
      return { x0, x1: x0 + 20 + ((i * 13) % 90) };
    }).sort((a, b) => a.x0 - b.x0);
    const lanes = assignLanes(items, 8);
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        if (lanes[i] >= 0 && lanes[i] === lanes[j]) expect(overlaps(items[i]!, items[j]!)).toBe(false);
      }
    }
  });
});
