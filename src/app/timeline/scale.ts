import { scaleUtc, type ScaleTime } from 'd3';
import type { TimeWindow } from '../state.svelte.ts';

/** Maps a time window onto [0, width] pixels. */
export function windowScale(window: TimeWindow, width: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain([window.from, window.to])
    .range([0, Math.max(width, 1)]);
}
