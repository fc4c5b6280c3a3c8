import type { ChronologyEvent, EventFile } from '../schema/events.ts';

/** A time window in epoch milliseconds (UTC). */
export interface TimeWindow {
  from: number;
  to: number;
}

export interface Filters {
  actors: string[];
  places: string[];
  documents: string[];
  languages: string[];
  search: string;
}

export type MapView = 'kazakhstan' | 'almaty';
export type UiLanguage = 'en' | 'nl';

export const emptyFilters = (): Filters => ({ actors: [], places: [], documents: [], languages: [], search: '' });

/**
 * The UI state every view shares: the data, the selected and hovered event, the highlighted place,
 * the time window, the filters and the map view. Components read it from context (see context.ts);
 * derived lists are computed here once, not in each view.
 */
export class ChronologyState {
  data = $state<EventFile | null>(null);
  selectedId = $state<string | null>(null);
  hoveredId = $state<string | null>(null);
  /** Place whose marker was clicked: its events are highlighted on the timeline and listed. */
  placeId = $state<string | null>(null);
  window = $state<TimeWindow | null>(null);
  filters = $state<Filters>(emptyFilters());
  mapView = $state<MapView>('kazakhstan');
  language = $state<UiLanguage>('en');

  /** Events in time order. */
  readonly events: ChronologyEvent[] = $derived(
    [...(this.data?.events ?? [])].sort(
      (a, b) => a.when.start.localeCompare(b.when.start) || a.id.localeCompare(b.id),
    ),
  );

  readonly filtered: ChronologyEvent[] = $derived(this.events.filter((event) => this.matches(event)));

  readonly selected: ChronologyEvent | null = $derived(
    this.events.find((event) => event.id === this.selectedId) ?? null,
  );

  private matches(event: ChronologyEvent): boolean {
    const f = this.filters;
    if (f.actors.length && !event.actors.some((a) => f.actors.includes(a))) return false;
    if (f.places.length && !event.places.some((p) => f.places.includes(p))) return false;
    if (f.documents.length && !event.sources.some((s) => f.documents.includes(s.document))) return false;
    if (f.languages.length) {
      const languages = new Map(this.data?.documents.map((d) => [d.id, d.language]));
      if (!event.sources.some((s) => f.languages.includes(languages.get(s.document) ?? ''))) return false;
    }
    const query = f.search.trim().toLowerCase();
    if (query) {
      const haystack = [event.title, ...event.sources.map((s) => s.sentence)].join('\n').toLowerCase();
      if (!haystack.includes(query)) return false;
    }
    return true;
  }
}
