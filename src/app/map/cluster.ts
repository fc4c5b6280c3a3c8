/** A place projected to screen pixels at the current zoom, weighted by its number of events. */
export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
  weight: number;
}

/** Points drawn as one marker: at their weighted centre, with their summed weight. */
export interface Cluster {
  ids: string[];
  x: number;
  y: number;
  weight: number;
}

/**
 * Greedy distance clustering in screen space: the heaviest point not yet taken (ties by id, so the
 * result does not depend on input order) takes every free point within `distance` pixels of it.
 * Points are bucketed in a grid of `distance`-sized cells, so each seed looks at nine cells only.
 */
export function clusterPoints(points: readonly ScreenPoint[], distance: number): Cluster[] {
  const order = [...points].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  if (distance <= 0) return order.map((p) => ({ ids: [p.id], x: p.x, y: p.y, weight: p.weight }));

  const cellOf = (v: number) => Math.floor(v / distance);
  const grid = new Map<string, ScreenPoint[]>();
  for (const p of order) {
    const key = `${cellOf(p.x)}:${cellOf(p.y)}`;
    grid.set(key, [...(grid.get(key) ?? []), p]);
  }

  const taken = new Set<string>();
  const clusters: Cluster[] = [];
  for (const seed of order) {
    if (taken.has(seed.id)) continue;
    const members: ScreenPoint[] = [];
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const p of grid.get(`${cellOf(seed.x) + dx}:${cellOf(seed.y) + dy}`) ?? []) {
          if (!taken.has(p.id) && Math.hypot(p.x - seed.x, p.y - seed.y) <= distance) members.push(p);
        }
      }
    }
    members.sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
    for (const p of members) taken.add(p.id);
    const weight = members.reduce((sum, p) => sum + p.weight, 0);
    // Weightless points (no events in view) still need a position: fall back to the plain mean.
    const w = (p: ScreenPoint) => (weight > 0 ? p.weight / weight : 1 / members.length);
    clusters.push({
      ids: members.map((p) => p.id),
      x: members.reduce((sum, p) => sum + p.x * w(p), 0),
      y: members.reduce((sum, p) => sum + p.y * w(p), 0),
      weight,
    });
  }
  return clusters;
}
