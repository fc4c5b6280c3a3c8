interface GestureHandlers {
  /** Zoom by `factor` around screen x `point` (pixels from the element's left edge). */
  zoom(point: number, factor: number): void;
  pan(dx: number): void;
}

const DRAG_THRESHOLD = 3;

/**
 * Wheel zoom, drag pan and two-finger pinch on `el` through pointer events. A press that barely
 * moves stays a click; a drag swallows the click that follows it. Returns the cleanup.
 */
export function createGestures(el: Element, on: GestureHandlers): () => void {
  const pointers = new Map<number, number>();
  let dragging = false;
  let suppressClick = false;
  let downX = 0;
  // Reading the element's position forces a layout; during a gesture it is read once, not per event.
  let leftAt = -Infinity;
  let leftCache = 0;
  const left = () => {
    const now = performance.now();
    if (now - leftAt > 250) leftCache = el.getBoundingClientRect().left;
    leftAt = now;
    return leftCache;
  };

  const wheel = (e: WheelEvent) => {
    e.preventDefault();
    const delta = e.deltaMode === 1 ? e.deltaY * 20 : e.deltaY;
    on.zoom(e.clientX - left(), Math.pow(2, -delta / 300));
  };
  const down = (e: PointerEvent) => {
    if (e.button !== 0) return;
    pointers.set(e.pointerId, e.clientX);
    downX = e.clientX;
    dragging = false;
  };
  const move = (e: PointerEvent) => {
    const previous = pointers.get(e.pointerId);
    if (previous === undefined) return;
    if (pointers.size === 2) {
      const other = [...pointers].find(([id]) => id !== e.pointerId)?.[1] ?? previous;
      const before = Math.abs(previous - other);
      const after = Math.abs(e.clientX - other);
      pointers.set(e.pointerId, e.clientX);
      if (before > 10 && after > 10) on.zoom((e.clientX + other) / 2 - left(), after / before);
      dragging = true;
      return;
    }
    if (!dragging && Math.abs(e.clientX - downX) < DRAG_THRESHOLD) return;
    if (!dragging) {
      dragging = true;
      // Capture keeps the drag alive outside the element; a pointer already gone cannot be captured.
      try {
        el.setPointerCapture(e.pointerId);
      } catch {
        /* the drag still works while the pointer stays over the element */
      }
    }
    pointers.set(e.pointerId, e.clientX);
    on.pan(e.clientX - previous);
  };
  const up = (e: PointerEvent) => {
    pointers.delete(e.pointerId);
    if (dragging && pointers.size === 0) {
      suppressClick = true;
      dragging = false;
    }
  };
  const click = (e: Event) => {
    if (!suppressClick) return;
    suppressClick = false;
    e.stopPropagation();
    e.preventDefault();
  };

  el.addEventListener('wheel', wheel as EventListener, { passive: false });
  el.addEventListener('pointerdown', down as EventListener);
  el.addEventListener('pointermove', move as EventListener);
  el.addEventListener('pointerup', up as EventListener);
  el.addEventListener('pointercancel', up as EventListener);
  el.addEventListener('click', click, { capture: true });
  return () => {
    el.removeEventListener('wheel', wheel as EventListener);
    el.removeEventListener('pointerdown', down as EventListener);
    el.removeEventListener('pointermove', move as EventListener);
    el.removeEventListener('pointerup', up as EventListener);
    el.removeEventListener('pointercancel', up as EventListener);
    el.removeEventListener('click', click, { capture: true });
  };
}
