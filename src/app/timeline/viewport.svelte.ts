import type { TimeWindow } from '../state.svelte.ts';
import {
  centreOn,
  identity,
  limitsFor,
  pan,
  transformFor,
  windowOf,
  zoomAt,
  type ZoomTransform,
} from './zoom.ts';

/**
 * The timeline's zoom state over the data range: the width, the current transform and the window
 * it shows. Zoom and pan requests land once per animation frame, however many input events arrive
 * in between; `set` applies at once (buttons, links, resets).
 */
export class Viewport {
  private readonly minSpan: number;
  private readonly getExtent: () => TimeWindow | null;
  width = $state(0);
  transform = $state.raw<ZoomTransform>(identity);
  readonly extent: TimeWindow | null = $derived.by(() => this.getExtent());
  readonly limits = $derived.by(() =>
    limitsFor(this.extent ?? { from: 0, to: 1 }, Math.max(this.width, 1), this.minSpan),
  );
  readonly view: TimeWindow | null = $derived(
    this.extent && this.width > 0 ? windowOf(this.transform, this.extent, this.width) : null,
  );

  #pending: ZoomTransform | null = null;
  #frame = 0;

  /** `minSpan`: the narrowest window in ms; `getExtent`: the data range (read reactively). */
  constructor(minSpan: number, getExtent: () => TimeWindow | null) {
    this.minSpan = minSpan;
    this.getExtent = getExtent;
  }

  /** The transform including a request not yet drawn, so fast input builds on itself. */
  current(): ZoomTransform {
    return this.#pending ?? this.transform;
  }

  request(next: ZoomTransform): void {
    this.#pending = next;
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      if (this.#pending) this.transform = this.#pending;
      this.#pending = null;
    });
  }

  set(next: ZoomTransform): void {
    this.#pending = null;
    this.transform = next;
  }

  zoomBy(factor: number, point = this.width / 2): void {
    this.request(zoomAt(this.current(), point, factor, this.limits));
  }

  panBy(dx: number): void {
    this.request(pan(this.current(), dx, this.limits));
  }

  /** Shows a window (clamped to the data), or the whole range for null. */
  show(window: TimeWindow | null): void {
    if (!this.extent || this.width <= 0) return;
    this.set(window ? transformFor(window, this.extent, this.limits) : identity);
  }

  centreOn(ms: number): void {
    if (this.extent) this.set(centreOn(this.current(), ms, this.extent, this.limits));
  }

  /** The window a transform would show (for trying out a transform before applying it). */
  windowOf(t: ZoomTransform): TimeWindow | null {
    return this.extent && this.width > 0 ? windowOf(t, this.extent, this.width) : null;
  }

  /** Screen x of an instant under a transform. */
  xOf(t: ZoomTransform, ms: number): number {
    if (!this.extent) return 0;
    return ((ms - this.extent.from) / (this.extent.to - this.extent.from)) * this.width * t.k + t.x;
  }

  /** After a resize the same window stays in view. */
  resized(previousWidth: number): void {
    if (previousWidth > 0 && this.width > 0 && this.width !== previousWidth) {
      const t = this.current();
      this.set({ k: t.k, x: (t.x * this.width) / previousWidth });
    }
  }

  destroy(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }
}
