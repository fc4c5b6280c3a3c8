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

  it.each([
    ['an event near the right edge puts its label on the left', 980, true],
    ['an event with room to its right keeps its label there', 500, false],
    ['an event too near the left edge for either keeps its label on the right', 30, false],
  ])('%s', (_name, ms, labelLeft) => {
    const narrow = { ...options, width: 1000 };
    const layout = layoutTimeline([at('e', ms, 60)], narrow);
    expect(layout.placed[0]?.labelLeft).toBe(labelLeft);
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

  it('long bands take the lane space the short events leave, without pushing them into a count', () => {
    const bands = Array.from({ length: 5 }, (_, i): LayoutInput => ({
      id: `band${i}`,
      from: -200,
      to: 1200,
      labelWidth: 80,
    }));
    const points = ['a', 'b', 'c'].map((id, i) => at(id, 400 + i * 2, 100));
    const layout = layoutTimeline([...bands, ...points], options);
    const ids = layout.placed.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['a', 'b', 'c']));
    expect(layout.counts.flatMap((c) => c.ids).sort()).toEqual(['band0', 'band1', 'band2', 'band3', 'band4']);
  });

  it('a long band goes where it overlaps nothing', () => {
    const layout = layoutTimeline(
      [at('a', 100, 40), { id: 'band', from: 300, to: 900, labelWidth: 60 }],
      options,
    );
    expect(layout.placed.map((p) => [p.id, p.lane])).toEqual([
      ['a', 0],
      ['band', 0],
    ]);
  });

  it('a count of events spilling past its bin spans only that bin', () => {
    const bands = Array.from({ length: 4 }, (_, i): LayoutInput => ({
      id: `b${i}`,
      from: 10,
      to: 900,
      labelWidth: 30,
    }));
    const layout = layoutTimeline(bands, { ...options, maxLanes: 2 });
    expect(layout.counts.map((c) => [c.from, c.to])).toEqual([[10, 50]]);
  });

  it('a dense stretch lists exactly its own events, not a band starting among them nor the next bin', () => {
    const crowd = Array.from({ length: 8 }, (_, i) => at(`e${i}`, 210 + i));
    const band: LayoutInput = { id: 'band', from: 212, to: 900, labelWidth: 40 };
    const next = at('next', 260);
    const inputs = [...crowd.slice(0, 2), band, ...crowd.slice(2), next];
    const layout = layoutTimeline(inputs, options);
    expect(layout.counts.map((c) => [c.count, c.ids])).toEqual([[8, crowd.map((e) => e.id)]]);
    expect(layout.placed.map((p) => p.id).sort()).toEqual(['band', 'next']);
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
