import { untrack } from 'svelte';
import type { ChronologyState, TimeWindow } from '../state.svelte.ts';
import type { Viewport } from './viewport.svelte.ts';

/** Milliseconds the zooming must pause before its window is published. */
const SETTLE_MS = 120;

/** Windows whose ends differ by under a minute are one window: pixels round, links don't. */
export function sameWindow(a: TimeWindow | null, b: TimeWindow | null): boolean {
  return a === b || (!!a && !!b && Math.abs(a.from - b.from) < 60_000 && Math.abs(a.to - b.to) < 60_000);
}

/**
 * Keeps the viewport and the shared time window (map fading, URL) in step: the window zooming
 * shows is published once zooming pauses (null at home), and a window set from outside (deep link,
 * Back) is shown, our own writes recognised and skipped. Call during component initialisation.
 */
export function syncWindow(viewport: Viewport, chronology: ChronologyState): void {
  let written: TimeWindow | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  $effect(() => {
    const transform = viewport.transform;
    if (!viewport.extent || viewport.width <= 0) return;
    const next = viewport.isHome(transform) ? null : viewport.view;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (
        sameWindow(
          next,
          untrack(() => chronology.window),
        )
      )
        return;
      written = next;
      chronology.window = next;
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  });

  $effect(() => {
    const w = chronology.window;
    if (!viewport.extent) return;
    if (sameWindow(w, written)) return;
    written = w;
    untrack(() => viewport.show(w));
  });
}
