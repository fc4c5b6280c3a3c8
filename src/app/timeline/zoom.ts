import type { TimeWindow } from '../state.svelte.ts';

/**
 * A zoom transform over the whole data range laid out on [0, width]: a point at base pixel `p`
 * is drawn at `p * k + x`. Values are immutable; every operation returns a clamped new one.
 */
export interface ZoomTransform {
  readonly k: number;
  readonly x: number;
}

export interface ZoomLimits {
  width: number;
  minK: number;
  maxK: number;
}

export const identity: ZoomTransform = Object.freeze({ k: 1, x: 0 });

/** The single clamp: scale within [minK, maxK] and no panning past either end of the data. */
export function clamp(t: ZoomTransform, limits: ZoomLimits): ZoomTransform {
  const k = Math.min(limits.maxK, Math.max(limits.minK, t.k));
  const x = Math.min(0, Math.max(limits.width - limits.width * k, t.x));
  return k === t.k && x === t.x ? t : { k, x };
}

/** Zooms by `factor` keeping the time under screen pixel `point` in place. */
export function zoomAt(t: ZoomTransform, point: number, factor: number, limits: ZoomLimits): ZoomTransform {
  const k = Math.min(limits.maxK, Math.max(limits.minK, t.k * factor));
  return clamp({ k, x: point - ((point - t.x) * k) / t.k }, limits);
}

/** Moves the view by `dx` screen pixels (positive drags the content right, showing earlier times). */
export function pan(t: ZoomTransform, dx: number, limits: ZoomLimits): ZoomTransform {
  return clamp({ k: t.k, x: t.x + dx }, limits);
}

/** The time window a transform shows. */
export function windowOf(t: ZoomTransform, extent: TimeWindow, width: number): TimeWindow {
  const span = extent.to - extent.from;
  const at = (px: number) => extent.from + ((px - t.x) / (t.k * width)) * span;
  return { from: at(0), to: at(width) };
}

/** The transform that shows `window` (clamped to the data and the zoom limits). */
export function transformFor(window: TimeWindow, extent: TimeWindow, limits: ZoomLimits): ZoomTransform {
  const span = extent.to - extent.from;
  const k = span / Math.max(window.to - window.from, 1);
  const clampedK = Math.min(limits.maxK, Math.max(limits.minK, k));
  const centre = (window.from + window.to) / 2;
  const base = ((centre - extent.from) / span) * limits.width * clampedK;
  return clamp({ k: clampedK, x: limits.width / 2 - base }, limits);
}

/** Limits for a data range: whole range at k = 1, down to `minSpan` ms across the view. */
export function limitsFor(extent: TimeWindow, width: number, minSpan: number): ZoomLimits {
  return { width, minK: 1, maxK: Math.max(1, (extent.to - extent.from) / minSpan) };
}

/** Pans (keeping the scale) so that instant `ms` sits in the middle of the view. */
export function centreOn(
  t: ZoomTransform,
  ms: number,
  extent: TimeWindow,
  limits: ZoomLimits,
): ZoomTransform {
  const base = ((ms - extent.from) / (extent.to - extent.from)) * limits.width;
  return clamp({ k: t.k, x: limits.width / 2 - base * t.k }, limits);
}

/**
 * The transform that shows a count's span with a margin, or null when zooming cannot pull its events
 * apart: at the finest scale already, or all of them at one instant.
 */
export function zoomOnCount(
  count: TimeWindow,
  current: ZoomTransform,
  extent: TimeWindow,
  limits: ZoomLimits,
  minSpan: number,
): ZoomTransform | null {
  const pad = Math.max((count.to - count.from) * 0.1, minSpan / 4);
  const next = transformFor({ from: count.from - pad, to: count.to + pad }, extent, limits);
  return count.to > count.from && next.k > current.k * 1.05 ? next : null;
}
