import { describe, expect, it } from 'vitest';
import { layoutTimeline, type LayoutInput, type LayoutOptions } from './layout.ts';

const options: LayoutOptions = {
  view: { from: 0, to: 1000 },
  width: 1000,
  origin: 0,
  binWidth: 50,
  maxLanes: 3,
  binCapacity: 6,
};
const at = (id: string, ms: number, labelWidth = 40): LayoutInput => ({ id, from: ms, to: ms, labelWidth });

describe('layoutTimeline', () => {
  it('sparse events are each drawn on their own', () => {
    const layout = layoutTimeline([at('a', 100), at('b', 400), at('c', 800)], options);
    expect(layout.placed.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(layout.counts).toEqual([]);
  });

  it('events outside the view are not laid out at all', () => {
    const layout = layoutTimeline([at('before', -500), at('in', 500), at('after', 1500)], options);
    expect(layout.placed.map((p) => p.id)).toEqual(['in']);
  });

  it('a crowded stretch collapses into one count of its events', () => {
    const crowd = Array.from({ length: 12 }, (_, i) => at(`e${i}`, 210 + i));
    const layout = layoutTimeline([at('alone', 700), ...crowd], options);
    expect(layout.placed.map((p) => p.id)).toEqual(['alone']);
    expect(layout.counts).toHaveLength(1);
    expect(layout.counts[0]?.ids).toHaveLength(12);
    expect(layout.counts[0]).toMatchObject({ from: 210, to: 221 });
  });

  it('a label gives way to a later event rather than pushing it out', () => {
    const four = ['a', 'b', 'c', 'd'].map((id, i) => at(id, 300 + i * 12, 100));
    const layout = layoutTimeline(four, options);
    expect(layout.placed.map((p) => [p.id, p.lane, p.labelRoom])).toEqual([
      ['a', 0, 32],
      ['b', 1, Infinity],
      ['c', 2, Infinity],
      ['d', 0, Infinity],
    ]);
  });

  it('events no lane can hold even without labels join a count instead of overlapping', () => {
    const four = ['a', 'b', 'c', 'd'].map((id, i) => at(id, 300 + i, 100));
    const layout = layoutTimeline(four, options);
    expect(layout.placed.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(layout.counts.map((c) => c.ids)).toEqual([['d']]);
  });

  it('the DOM stays small with ten thousand events in view', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => at(`e${i}`, i / 10));
    const layout = layoutTimeline(many, options);
    expect(layout.placed.length + layout.counts.length).toBeLessThanOrEqual(1000 / 50 + 1);
    expect(layout.counts.reduce((n, c) => n + c.ids.length, 0) + layout.placed.length).toBe(10_000);
  });

  it('bins stay anchored to time, so panning does not regroup events', () => {
    const crowd = Array.from({ length: 12 }, (_, i) => at(`e${i}`, 510 + i));
    const before = layoutTimeline(crowd, options);
    const after = layoutTimeline(crowd, { ...options, view: { from: 100, to: 1100 } });
    expect(after.counts.map((c) => c.ids)).toEqual(before.counts.map((c) => c.ids));
    expect(after.counts[0]!.x0).toBeCloseTo(before.counts[0]!.x0 - 100, 6);
  });
});
