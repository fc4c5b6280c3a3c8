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
  count: number;
  /** The events inside, listed only when asked for (a count may hold thousands). */
  readonly ids: string[];
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
 * Lays out the events visible in `view`; `inputs` must be sorted by `from`. Short events are
 * binned by start: a bin with more than `binCapacity` collapses into a count, the others go into
 * lanes greedily. Long bands and bars (wider than a bin) then take whatever lane space is left, so
 * a week of vague dates cannot crowd out the day's precise events. Events that fit nowhere join
 * the count of their bin. Only what is in view is returned, so the DOM stays small whatever the
 * data size; dense bins are counted without copying their members, so a frame allocates little.
 */
export function layoutTimeline(inputs: readonly LayoutInput[], o: LayoutOptions): TimelineLayout {
  const msPerPx = (o.view.to - o.view.from) / o.width;
  const binMs = o.binWidth * msPerPx;
  const toX = (ms: number) => (ms - o.view.from) / msPerPx;
  const margin = o.binWidth * msPerPx;
  const binOf = (ms: number) => Math.floor((ms - o.origin) / binMs);

  interface Bin {
    bin: number;
    /** Indices into inputs of the bin's short events. */
    members: number[];
    /** Set for a dense bin: its members are inputs[first..last] except the long ones. */
    dense?: { first: number; last: number; count: number; from: number; to: number };
    spilled: LayoutInput[];
  }
  const bins: Bin[] = [];
  const long: LayoutInput[] = [];
  let current: Bin | undefined;
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]!;
    if (input.from > o.view.to) break;
    if (input.to < o.view.from - margin) continue;
    if ((input.to - input.from) / msPerPx > o.binWidth) {
      long.push(input);
      continue;
    }
    const bin = binOf(input.from);
    if (!current || current.bin !== bin) {
      current = { bin, members: [], spilled: [] };
      bins.push(current);
    }
    if (current.dense) {
      current.dense.last = i;
      current.dense.count++;
      current.dense.to = Math.max(current.dense.to, input.to);
    } else if (current.members.length >= o.binCapacity) {
      const first = current.members[0]!;
      let to = input.to;
      for (const m of current.members) to = Math.max(to, inputs[m]!.to);
      current.dense = { first, last: i, count: current.members.length + 1, from: inputs[first]!.from, to };
      current.members = [];
    } else {
      current.members.push(i);
    }
  }

  const candidates: Candidate[] = [];
  for (const b of bins) {
    for (const m of b.members) {
      const input = inputs[m]!;
      const glyphStart = toX(input.from);
      const glyphEnd = Math.max(toX(input.to), glyphStart + MIN_GLYPH);
      const labelLeft = glyphStart + input.labelWidth > o.width && glyphStart - input.labelWidth >= 0;
      candidates.push({
        input,
        bin: b.bin,
        glyphStart,
        glyphEnd,
        labelLeft,
        x0: labelLeft ? glyphStart - input.labelWidth : glyphStart,
        x1: labelLeft ? glyphEnd : Math.max(glyphEnd, glyphStart + input.labelWidth),
      });
    }
  }
  candidates.sort((a, b) => a.x0 - b.x0 || a.input.id.localeCompare(b.input.id));

  const byBin = new Map(bins.map((b) => [b.bin, b]));
  const spill = (bin: number, input: LayoutInput) => {
    let b = byBin.get(bin);
    if (!b) {
      b = { bin, members: [], spilled: [] };
      byBin.set(bin, b);
    }
    b.spilled.push(input);
  };

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
  for (const b of [...byBin.values()].sort((p, q) => p.bin - q.bin)) {
    const count = (b.dense?.count ?? 0) + b.spilled.length;
    if (count === 0) continue;
    const binFrom = o.origin + b.bin * binMs;
    const x0 = toX(binFrom);
    if (x0 + o.binWidth < 0 || x0 > o.width) continue;
    let from = b.dense?.from ?? Infinity;
    let to = b.dense?.to ?? -Infinity;
    for (const m of b.spilled) {
      from = Math.min(from, m.from);
      to = Math.max(to, m.to);
    }
    const { dense, spilled } = b;
    counts.push({
      key: `${b.bin}`,
      x0,
      x1: x0 + o.binWidth,
      count,
      from: Math.max(from, binFrom),
      to: Math.min(to, binFrom + binMs),
      get ids() {
        const ids: string[] = [];
        if (dense) {
          for (let i = dense.first; i <= dense.last; i++) {
            const input = inputs[i]!;
            if ((input.to - input.from) / msPerPx <= o.binWidth && binOf(input.from) === b.bin)
              ids.push(input.id);
          }
        }
        return ids.concat(spilled.map((m) => m.id));
      },
    });
  }
  return { placed, counts };
}
