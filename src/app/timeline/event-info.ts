import type { ChronologyEvent } from '../../schema/events.ts';
import type { UiLanguage } from '../state.svelte.ts';
import { dateLabel } from './date-label.ts';
import { glyphFor, type Glyph } from './glyph.ts';

export interface EventInfo {
  event: ChronologyEvent;
  glyph: Glyph;
  /** The date as the timeline says it: "7 Jan 2022", "week of 3 Jan 2022". */
  date: string;
  /** Accessible name: title and date. */
  name: string;
}

/**
 * Looks up each event's glyph, date and name, working each out once for these events and this
 * language rather than on every frame of a zoom.
 */
export function eventInfoLookup(
  byId: ReadonlyMap<string, ChronologyEvent>,
  language: UiLanguage,
): (id: string) => EventInfo | undefined {
  const cache = new Map<string, EventInfo>();
  return (id) => {
    let cached = cache.get(id);
    if (!cached) {
      const event = byId.get(id);
      if (!event) return undefined;
      const date = dateLabel(event.when, language);
      cached = { event, glyph: glyphFor(event), date, name: `${event.title}, ${date}` };
      cache.set(id, cached);
    }
    return cached;
  };
}

/** The events of an opened count as its list shows them; an id not among the events is left out. */
export function countEntries(
  ids: readonly string[],
  info: (id: string) => EventInfo | undefined,
): { id: string; title: string; date: string; name: string }[] {
  return ids.flatMap((id) => {
    const i = info(id);
    return i ? [{ id, title: i.event.title, date: i.date, name: i.name }] : [];
  });
}
