/**
 * The timeline's one tab stop among its event marks (a roving tabindex), and where the arrow keys
 * move it.
 */

/** The tab stop: the event last focused, else the selected one, else the first drawn; each only if drawn. */
export function tabStopId(
  drawn: ReadonlySet<string>,
  firstDrawn: string | null,
  rovingId: string | null,
  selectedId: string | null,
): string | null {
  if (rovingId && drawn.has(rovingId)) return rovingId;
  if (selectedId && drawn.has(selectedId)) return selectedId;
  return firstDrawn;
}

/** The event `delta` places from `id` in `order`, stopping at either end; null where that is `id` itself. */
export function steppedId(order: readonly { id: string }[], id: string, delta: number): string | null {
  const i = order.findIndex((e) => e.id === id);
  const next = order[Math.min(order.length - 1, Math.max(0, i + delta))];
  return next && next.id !== id ? next.id : null;
}
