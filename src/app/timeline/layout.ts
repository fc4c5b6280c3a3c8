import type { TimeWindow } from '../state.svelte.ts';
import { assignLanes, fitLane, type Extent } from './lanes.ts';

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
  /** Pixels the label may take before it would run into the next event in its lane. */
  labelRoom: number;
  /** The label sits left of the glyph, because to its right the screen ends. */
  labelLeft: boolean;
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

interface Candidate {
  input: LayoutInput;
  bin: number;
  glyphStart: number;
  glyphEnd: number;
  labelLeft: boolean;
  /** The extent with the label. */
  x0: number;
  x1: number;
}

/**
 * Lays out the events visible in `view` (inputs sorted by `from`). Short events are binned by
 * start: a bin with more than `binCapacity` collapses into a count, the others go into lanes
 * greedily. Long bands and bars (wider than a bin) then take whatever lane space is left, so a
 * week of vague dates cannot crowd out the day's precise events. Events that fit nowhere join the
 * count of their bin. Only what is in view is returned, so the DOM stays small whatever the data size.
 */
export function layoutTimeline(inputs: readonly LayoutInput[], o: LayoutOptions): TimelineLayout {
  const msPerPx = (o.view.to - o.view.from) / o.width;
  const binMs = o.binWidth * msPerPx;
  const toX = (ms: number) => (ms - o.view.from) / msPerPx;
  const margin = o.binWidth * msPerPx;
  const binOf = (ms: number) => Math.floor((ms - o.origin) / binMs);

  const bins = new Map<number, LayoutInput[]>();
  const long: LayoutInput[] = [];
  for (const input of inputs) {
    if (input.to < o.view.from - margin || input.from > o.view.to) continue;
    if ((input.to - input.from) / msPerPx > o.binWidth) {
      long.push(input);
      continue;
    }
    const bin = binOf(input.from);
    const members = bins.get(bin);
    if (members) members.push(input);
    else bins.set(bin, [input]);
  }

  const overflow = new Map<number, LayoutInput[]>();
  const spill = (bin: number, input: LayoutInput) => {
    const members = overflow.get(bin);
    if (members) members.push(input);
    else overflow.set(bin, [input]);
  };

  const candidates: Candidate[] = [];
  for (const [bin, members] of bins) {
    if (members.length > o.binCapacity) {
      overflow.set(bin, [...members]);
      continue;
    }
    for (const input of members) {
      const glyphStart = toX(input.from);
      const glyphEnd = Math.max(toX(input.to), glyphStart + MIN_GLYPH);
      const labelLeft = glyphStart + input.labelWidth > o.width && glyphStart - input.labelWidth >= 0;
      candidates.push({
        input,
        bin,
        glyphStart,
        glyphEnd,
        labelLeft,
        x0: labelLeft ? glyphStart - input.labelWidth : glyphStart,
        x1: labelLeft ? glyphEnd : Math.max(glyphEnd, glyphStart + input.labelWidth),
      });
    }
  }
  candidates.sort((a, b) => a.x0 - b.x0 || a.input.id.localeCompare(b.input.id));

  const lanes = assignLanes(candidates, o.maxLanes);
  const occupied: Extent[][] = Array.from({ length: o.maxLanes }, () => []);
  const placed: PlacedEvent[] = [];
  const place = (c: Candidate, lane: number, labelRoom: number) => {
    if (c.glyphEnd >= 0 && c.glyphStart <= o.width) {
      placed.push({
        id: c.input.id,
        x0: c.glyphStart,
        x1: c.glyphEnd,
        lane,
        labelRoom,
        labelLeft: c.labelLeft,
      });
    }
  };
  candidates.forEach((c, i) => {
    const { lane, labelRoom } = lanes[i] ?? { lane: -1, labelRoom: 0 };
    if (lane < 0) return spill(c.bin, c.input);
    occupied[lane]?.push({ x0: c.x0, x1: Math.max(c.glyphEnd, Math.min(c.x1, c.x0 + labelRoom)) });
    place(c, lane, labelRoom);
  });

  for (const input of long) {
    const glyphStart = toX(input.from);
    const glyphEnd = toX(input.to);
    const visible = Math.max(glyphStart, 0);
    const c: Candidate = {
      input,
      bin: binOf(Math.max(input.from, o.view.from)),
      glyphStart,
      glyphEnd,
      labelLeft: false,
      x0: Math.max(glyphStart, -o.binWidth),
      x1: Math.max(glyphEnd, visible + input.labelWidth),
    };
    const withLabel = fitLane(occupied, c);
    const bare = { x0: c.x0, x1: Math.min(glyphEnd, o.width + o.binWidth) };
    const lane = withLabel >= 0 ? withLabel : fitLane(occupied, bare);
    if (lane < 0) {
      spill(c.bin, input);
      continue;
    }
    occupied[lane]?.push(withLabel >= 0 ? c : bare);
    place(c, lane, withLabel >= 0 ? Infinity : 0);
  }
  placed.sort((a, b) => a.x0 - b.x0 || a.lane - b.lane);

  const counts: CountItem[] = [];
  for (const [bin, members] of [...overflow].sort((a, b) => a[0] - b[0])) {
    const binFrom = o.origin + bin * binMs;
    const x0 = toX(binFrom);
    if (x0 + o.binWidth < 0 || x0 > o.width) continue;
    let from = Infinity;
    let to = -Infinity;
    for (const m of members) {
      from = Math.min(from, Math.max(m.from, binFrom));
      to = Math.max(to, Math.min(m.to, binFrom + binMs));
    }
    counts.push({ key: `${bin}`, x0, x1: x0 + o.binWidth, ids: members.map((m) => m.id), from, to });
  }
  return { placed, counts };
}
