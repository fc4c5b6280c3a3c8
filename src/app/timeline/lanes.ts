/** An item's horizontal extent in pixels: its glyph, and its label (x1) to the right of x0. */
export interface LaneItem {
  x0: number;
  x1: number;
  glyphEnd: number;
}

export interface LanePlacement {
  /** -1 when no lane can hold the item. */
  lane: number;
  /** Pixels the label may use from x0; Infinity when it has all it asked for. */
  labelRoom: number;
}

/**
 * Greedy interval partitioning over items sorted by x0: each goes to the first lane whose last
 * item ends `gap` pixels before it. When every lane is taken, the lane whose last glyph ends
 * earliest gives up the rest of its last label instead. Extents in one lane never overlap;
 * items that fit nowhere get lane -1.
 */
export function assignLanes(items: readonly LaneItem[], maxLanes: number, gap = 4): LanePlacement[] {
  const lanes: { end: number; glyphEnd: number; last: number }[] = [];
  const out: LanePlacement[] = items.map(() => ({ lane: -1, labelRoom: Infinity }));
  items.forEach((item, i) => {
    let lane = lanes.findIndex((l) => l.end + gap <= item.x0);
    if (lane < 0 && lanes.length < maxLanes) {
      lanes.push({ end: -Infinity, glyphEnd: -Infinity, last: -1 });
      lane = lanes.length - 1;
    }
    if (lane < 0) {
      let earliest = Infinity;
      lanes.forEach((l, j) => {
        if (l.glyphEnd + gap <= item.x0 && l.glyphEnd < earliest) {
          earliest = l.glyphEnd;
          lane = j;
        }
      });
      const shortened = lanes[lane];
      const previous = shortened ? items[shortened.last] : undefined;
      const placement = shortened ? out[shortened.last] : undefined;
      if (!previous || !placement) return;
      placement.labelRoom = item.x0 - gap - previous.x0;
    }
    const l = lanes[lane];
    if (!l) return;
    l.end = item.x1;
    l.glyphEnd = item.glyphEnd;
    l.last = i;
    out[i] = { lane, labelRoom: Infinity };
  });
  return out;
}

export interface Extent {
  x0: number;
  x1: number;
}

/**
 * The first lane where [x0, x1] keeps `gap` pixels from everything already in it, or -1. Used after
 * the greedy pass, for items that may land between others (long bands and bars).
 */
export function fitLane(occupied: readonly Extent[][], item: Extent, gap = 4): number {
  return occupied.findIndex((lane) => lane.every((e) => e.x1 + gap <= item.x0 || item.x1 + gap <= e.x0));
}
