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
  private readonly getHome: () => TimeWindow | null;
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
  #target: ZoomTransform | null = null;
  #animation = 0;

  /**
   * `minSpan`: the narrowest window in ms; `getExtent`: the data range (read reactively);
   * `getHome`: the window shown first and on reset, when narrower than the whole range.
   */
  constructor(
    minSpan: number,
    getExtent: () => TimeWindow | null,
    getHome: () => TimeWindow | null = () => null,
  ) {
    this.minSpan = minSpan;
    this.getExtent = getExtent;
    this.getHome = getHome;
  }

  /** The transform of the home view: the focus window, or the whole range. */
  home(): ZoomTransform {
    const home = this.getHome();
    return home && this.extent ? transformFor(home, this.extent, this.limits) : identity;
  }

  isHome(t: ZoomTransform): boolean {
    const home = this.home();
    return Math.abs(t.k - home.k) < 1e-6 * home.k && Math.abs(t.x - home.x) < 0.5;
  }

  /** The transform including a request not yet drawn, so fast input builds on itself. */
  current(): ZoomTransform {
    return this.#pending ?? this.#target ?? this.transform;
  }

  request(next: ZoomTransform): void {
    if (this.#animation) this.#stop();
    this.#pending = next;
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      if (this.#pending) this.transform = this.#pending;
      this.#pending = null;
    });
  }

  set(next: ZoomTransform): void {
    this.#stop();
    this.#pending = null;
    this.transform = next;
  }

  /**
   * Eases to `next` over `duration` ms by moving the window's edges, for steps the reader asked
   * for (buttons, keys, counts); jumps at once when the reader prefers reduced motion.
   */
  animate(next: ZoomTransform, duration = 200): void {
    const from = this.windowOf(this.#pending ?? this.transform);
    const to = this.windowOf(next);
    const extent = this.extent;
    if (!from || !to || !extent || prefersReducedMotion()) return this.set(next);
    this.#stop();
    this.#pending = null;
    this.#target = next;
    const start = performance.now();
    const frame = (now: number) => {
      const t = Math.min(1, (now - start) / duration);
      if (t >= 1) return this.set(next);
      const e = 1 - (1 - t) ** 3;
      const window = { from: from.from + (to.from - from.from) * e, to: from.to + (to.to - from.to) * e };
      this.transform = transformFor(window, extent, this.limits);
      this.#animation = requestAnimationFrame(frame);
    };
    this.#animation = requestAnimationFrame(frame);
  }

  #stop(): void {
    cancelAnimationFrame(this.#animation);
    this.#animation = 0;
    this.#target = null;
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
    this.set(window ? transformFor(window, this.extent, this.limits) : this.home());
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

  /**
   * The transform that brings instant `mid` into view, zooming in by halves until `shown` holds for
   * the window (an event drawn on its own rather than inside a count) or zoom can go no further.
   */
  reveal(mid: number, shown: (window: TimeWindow) => boolean): ZoomTransform {
    let next = this.current();
    const extent = this.extent;
    if (!extent) return next;
    for (let i = 0; i < 24; i++) {
      const w = this.windowOf(next);
      if (w && (mid < w.from || mid > w.to)) next = centreOn(next, mid, extent, this.limits);
      const window = this.windowOf(next);
      if (!window || shown(window)) break;
      if (next.k >= this.limits.maxK) break;
      next = zoomAt(next, this.xOf(next, mid), 2, this.limits);
    }
    return next;
  }

  /** After a resize the same window stays in view. */
  resized(previousWidth: number): void {
    if (previousWidth > 0 && this.width > 0 && this.width !== previousWidth) {
      const t = this.current();
      this.set({ k: t.k, x: (t.x * this.width) / previousWidth });
    }
  }

  destroy(): void {
    this.#stop();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
