import type { TimeWindow } from '../state.svelte.ts';
import { assignLanes } from './lanes.ts';

export interface LayoutInput {
  id: string;
  from: number;
  to: number;
  /** Estimated label width in pixels, reserved to the right of the glyph's start. */
  labelWidth: number;
}

export interface PlacedEvent {
  id: string;
  x0: number;
  x1: number;
  lane: number;
  /** Pixels the label may take from x0 before it would run into the next event in its lane. */
  labelRoom: number;
}

/** A dense stretch shown as one item: "12 events". */
export interface CountItem {
  key: string;
  x0: number;
  x1: number;
  ids: string[];
  from: number;
  to: number;
}

export interface LayoutOptions {
  view: TimeWindow;
  width: number;
  /** Bins are anchored at this instant so they stay put while panning. */
  origin: number;
  binWidth: number;
  maxLanes: number;
  /** More events than this in one bin collapse the whole bin into a count. */
  binCapacity: number;
}

export interface TimelineLayout {
  placed: PlacedEvent[];
  counts: CountItem[];
}

const MIN_GLYPH = 8;

/**
 * Lays out the events visible in `view` (inputs sorted by `from`): dense bins collapse into counts,
 * the rest go into non-overlapping lanes, and events no lane can hold join their bin's count.
 * Only what is in view is returned, so the DOM stays small whatever the data size.
 */
export function layoutTimeline(inputs: readonly LayoutInput[], o: LayoutOptions): TimelineLayout {
  const msPerPx = (o.view.to - o.view.from) / o.width;
  const binMs = o.binWidth * msPerPx;
  const toX = (ms: number) => (ms - o.view.from) / msPerPx;
  const margin = o.binWidth * msPerPx;

  const bins = new Map<number, LayoutInput[]>();
  for (const input of inputs) {
    if (input.to < o.view.from - margin || input.from > o.view.to) continue;
    const bin = Math.floor((Math.max(input.from, o.view.from - margin) - o.origin) / binMs);
    const members = bins.get(bin);
    if (members) members.push(input);
    else bins.set(bin, [input]);
  }

  const overflow = new Map<number, LayoutInput[]>();
  const candidates: { input: LayoutInput; bin: number; x0: number; x1: number; glyphEnd: number }[] = [];
  for (const [bin, members] of bins) {
    if (members.length > o.binCapacity) {
      overflow.set(bin, members);
      continue;
    }
    for (const input of members) {
      const x0 = toX(input.from);
      const glyphEnd = Math.max(toX(input.to), x0 + MIN_GLYPH);
      candidates.push({ input, bin, x0, glyphEnd, x1: Math.max(glyphEnd, x0 + input.labelWidth) });
    }
  }
  candidates.sort((a, b) => a.x0 - b.x0 || a.input.id.localeCompare(b.input.id));

  const lanes = assignLanes(candidates, o.maxLanes);
  const placed: PlacedEvent[] = [];
  candidates.forEach((c, i) => {
    const { lane, labelRoom } = lanes[i] ?? { lane: -1, labelRoom: 0 };
    if (lane >= 0) {
      if (c.glyphEnd >= 0 && c.x0 <= o.width) {
        placed.push({ id: c.input.id, x0: c.x0, x1: c.glyphEnd, lane, labelRoom });
      }
      return;
    }
    const members = overflow.get(c.bin);
    if (members) members.push(c.input);
    else overflow.set(c.bin, [c.input]);
  });

  const counts: CountItem[] = [];
  for (const [bin, members] of [...overflow].sort((a, b) => a[0] - b[0])) {
    const x0 = toX(o.origin + bin * binMs);
    if (x0 + o.binWidth < 0 || x0 > o.width) continue;
    counts.push({
      key: `${bin}`,
      x0,
      x1: x0 + o.binWidth,
      ids: members.map((m) => m.id),
      from: Math.min(...members.map((m) => m.from)),
      to: Math.max(...members.map((m) => m.to)),
    });
  }
  return { placed, counts };
}
