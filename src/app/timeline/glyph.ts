import type { ChronologyEvent } from '../../schema/events.ts';

/** How sure the date is, made visible: a point, a bar for an interval, a faded band when vague. */
export type GlyphShape = 'point' | 'bar' | 'band';

export interface Glyph {
  shape: GlyphShape;
  /** Sources disagree about this event: drawn with a mark. */
  conflict: boolean;
}

const vague = new Set(['week', 'month', 'year', 'before-publication']);

export function glyphFor(event: ChronologyEvent): Glyph {
  const { precision, start, end } = event.when;
  const shape: GlyphShape = vague.has(precision)
    ? 'band'
    : start.slice(0, 10) === end.slice(0, 10) && (precision !== 'time' || start === end)
      ? 'point'
      : 'bar';
  return { shape, conflict: event.conflicts.length > 0 };
}
