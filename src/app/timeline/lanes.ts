/** An item's horizontal extent in pixels, label included. */
export interface Extent {
  x0: number;
  x1: number;
}

/**
 * Greedy interval partitioning: items (sorted by x0) go to the first lane whose last item ends
 * at least `gap` pixels before them. Returns a lane per item, or -1 when all `maxLanes` lanes
 * are taken there, so two items in one lane never overlap.
 */
export function assignLanes(items: readonly Extent[], maxLanes: number, gap = 4): number[] {
  const laneEnds: number[] = [];
  return items.map((item) => {
    for (let lane = 0; lane < laneEnds.length; lane++) {
      if ((laneEnds[lane] ?? Infinity) + gap <= item.x0) {
        laneEnds[lane] = item.x1;
        return lane;
      }
    }
    if (laneEnds.length < maxLanes) {
      laneEnds.push(item.x1);
      return laneEnds.length - 1;
    }
    return -1;
  });
}
