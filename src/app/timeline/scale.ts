import type { TimeWindow } from '../state.svelte.ts';

/** Screen x of an instant. */
export type WindowScale = (ms: number) => number;

/**
 * Maps a time window onto [0, width] pixels. A plain linear map: d3's scaleUtc would bring its
 * interpolators, colours and time formats (about 8 KB gzipped) for one multiply-add, since ticks
 * come from d3-time's intervals (ticks.ts) and labels from date-format.ts.
 */
export function windowScale(window: TimeWindow, width: number): WindowScale {
  const span = window.to - window.from || 1;
  const k = Math.max(width, 1) / span;
  return (ms) => (ms - window.from) * k;
}
