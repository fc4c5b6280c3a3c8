import type { Actor, ChronologyDocument, ChronologyEvent, EventFile, Place } from '../schema/events.ts';
import { eventMatcher, type EventFilters } from '../export/filter.ts';

/** A time window in epoch milliseconds (UTC). */
export interface TimeWindow {
  from: number;
  to: number;
}

export type Filters = EventFilters;

export type MapView = 'kazakhstan' | 'almaty';
export type UiLanguage = 'en' | 'nl';
/** 'chart' shows the timeline and the map; 'list' shows the events as a table. */
export type ViewMode = 'chart' | 'list';

export const emptyFilters = (): Filters => ({
  actors: [],
  places: [],
  documents: [],
  languages: [],
  search: '',
});

export const hasFilters = (f: Filters): boolean =>
  f.actors.length + f.places.length + f.documents.length + f.languages.length > 0 || f.search.trim() !== '';

/** A lookup table rebuilt whenever the data changes, never mutated, so it needs no reactive Map. */
function byId<T extends { id: string }>(items: T[] = []): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byStartThenId = (a: ChronologyEvent, b: ChronologyEvent) =>
  compare(a.when.start, b.when.start) || compare(a.id, b.id);

/**
 * The UI state every view shares: the data, the selected and hovered event, the highlighted place,
 * the time window, the filters and the map view. Components read it from context (see context.ts);
 * derived lists are computed here once, not in each view.
 */
export class ChronologyState {
  /**
   * Replaced whole, never changed in place: raw, so 10,000 events are not wrapped in deep proxies
   * that every read (sorting, filtering, counting, rendering) would have to go through.
   */
  data = $state.raw<EventFile | null>(null);
  selectedId = $state<string | null>(null);
  hoveredId = $state<string | null>(null);
  /** Place whose marker was clicked: its events are highlighted on the timeline and listed. */
  placeId = $state<string | null>(null);
  window = $state<TimeWindow | null>(null);
  filters = $state<Filters>(emptyFilters());
  mapView = $state<MapView>('kazakhstan');
  language = $state<UiLanguage>('en');
  view = $state<ViewMode>('chart');

  /** Events in time order (ISO dates and ids compare by code unit: no locale rules needed). */
  readonly events: ChronologyEvent[] = $derived([...(this.data?.events ?? [])].sort(byStartThenId));

  readonly documentById: ReadonlyMap<string, ChronologyDocument> = $derived(byId(this.data?.documents));
  readonly placeById: ReadonlyMap<string, Place> = $derived(byId(this.data?.places));
  readonly actorById: ReadonlyMap<string, Actor> = $derived(byId(this.data?.actors));

  readonly filtered: ChronologyEvent[] = $derived(this.filterEvents(this.events, this.filters));

  readonly selected: ChronologyEvent | null = $derived(
    this.events.find((event) => event.id === this.selectedId) ?? null,
  );

  /** The filtered events at the clicked place, in time order. */
  readonly placeEvents: ChronologyEvent[] = $derived(
    this.placeId ? this.filtered.filter((event) => event.places.includes(this.placeId ?? '')) : [],
  );

  /**
   * Neighbours of the selected event in time order: among the filtered events when it is one of them
   * (what the reader sees), otherwise in the whole chronology.
   */
  readonly neighbours: { previous: ChronologyEvent | null; next: ChronologyEvent | null } = $derived.by(
    () => {
      const inFiltered = this.filtered.findIndex((event) => event.id === this.selectedId);
      const list = inFiltered >= 0 ? this.filtered : this.events;
      const i = inFiltered >= 0 ? inFiltered : this.events.findIndex((event) => event.id === this.selectedId);
      if (i < 0) return { previous: null, next: null };
      return { previous: list[i - 1] ?? null, next: list[i + 1] ?? null };
    },
  );

  /** The name of a place in the interface language. */
  placeName(id: string): string {
    const place = this.placeById.get(id);
    return place ? (place.names[this.language] ?? place.name) : id;
  }

  actorName(id: string): string {
    return this.actorById.get(id)?.name ?? id;
  }

  private filterEvents(events: ChronologyEvent[], f: Filters): ChronologyEvent[] {
    // One matcher for the page and the exports, so a download holds exactly what the page shows.
    return events.filter(eventMatcher(f, this.data?.documents ?? []));
  }
}
