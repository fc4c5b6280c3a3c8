import type { MapView } from '../state.svelte.ts';

/** South-west and north-east corners as [lat, lon]. */
export type Bounds = [[number, number], [number, number]];

/**
 * The two one-click views. Kazakhstan's frame includes the rim of its neighbours so the border
 * reads as a border; Almaty's frame covers the city districts and the airport.
 */
export const VIEW_BOUNDS: Record<MapView, Bounds> = {
  kazakhstan: [
    [40.4, 46.3],
    [55.6, 87.4],
  ],
  almaty: [
    [43.15, 76.78],
    [43.4, 77.1],
  ],
};

export const MAP_VIEWS: MapView[] = ['kazakhstan', 'almaty'];

/** Whether a point lies inside a view's bounds (inclusive). */
export function inBounds(bounds: Bounds, lat: number, lon: number): boolean {
  const [[south, west], [north, east]] = bounds;
  return lat >= south && lat <= north && lon >= west && lon <= east;
}

/** The smallest bounds holding every point; null for no points. */
export function boundsOf(points: readonly { lat: number; lon: number }[]): Bounds | null {
  if (points.length === 0) return null;
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  return [
    [Math.min(...lats), Math.min(...lons)],
    [Math.max(...lats), Math.max(...lons)],
  ];
}

/** Whether bounds enclose an area: a cluster of places at one point cannot be split by zooming. */
export const hasArea = ([[south, west], [north, east]]: Bounds): boolean => north > south || east > west;

/** Places beyond the Kazakhstan view: listed beside the map so they are reachable without panning away. */
export function isElsewhere(place: { lat: number; lon: number }): boolean {
  return !inBounds(VIEW_BOUNDS.kazakhstan, place.lat, place.lon);
}

const NON_LANDMARK_KINDS = new Set(['country', 'region', 'state', 'province', 'city', 'town', 'village']);

/** Squares, buildings, airports…: what the Almaty view labels by name. */
export const isLandmark = (kind: string): boolean => !NON_LANDMARK_KINDS.has(kind);

/** Countries and regions are areas: their marker stands for the whole area, not a spot in it. */
export const isArea = (kind: string): boolean => ['country', 'region', 'state', 'province'].includes(kind);
