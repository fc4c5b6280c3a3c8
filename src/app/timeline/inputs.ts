import type { ChronologyEvent } from '../../schema/events.ts';
import type { TimeWindow } from '../state.svelte.ts';
import { glyphFor } from './glyph.ts';
import type { LayoutInput, PlacedEvent } from './layout.ts';
import { whenSpan } from './span.ts';

/** Longest label, in characters, before it is cut with an ellipsis. */
const MAX_LABEL_CHARS = 30;
/** Room a glyph and its padding take beside the label, in pixels. */
const GLYPH_ROOM = 18;

/**
 * What the lane layout needs of each event, earliest first: points sit at the middle of their day
 * or minute, bars and bands keep their span; each reserves room for a label of its title.
 */
export function layoutInputs(
  events: readonly ChronologyEvent[],
  spans: ReadonlyMap<string, TimeWindow>,
  charWidth: number,
): LayoutInput[] {
  return events
    .map((event): LayoutInput => {
      const span = spans.get(event.id) ?? whenSpan(event.when);
      const point = glyphFor(event).shape === 'point';
      const mid = (span.from + span.to) / 2;
      return {
        id: event.id,
        from: point ? mid : span.from,
        to: point ? mid : span.to,
        labelWidth: GLYPH_ROOM + Math.min(event.title.length, MAX_LABEL_CHARS) * charWidth,
      };
    })
    .sort((a, b) => a.from - b.from);
}

/** The title cut to the room its lane leaves (and to the screen's edge); empty when too narrow. */
export function fitLabel(title: string, p: PlacedEvent, width: number, charWidth: number): string {
  const room = Math.min(p.labelRoom, p.labelLeft ? p.x0 : width - Math.max(p.x0, 0)) - 14;
  const chars = Math.min(MAX_LABEL_CHARS, Math.floor(room / charWidth));
  if (chars < 4) return '';
  return title.length > chars ? `${title.slice(0, chars - 1)}…` : title;
}
