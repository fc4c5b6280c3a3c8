import type { Filters, MapView, TimeWindow, UiLanguage, ViewMode } from './state.svelte.ts';

/** Everything a link restores: the part of ChronologyState that lives in the URL hash. */
export interface UrlState {
  event: string | null;
  window: TimeWindow | null;
  filters: Filters;
  placeId: string | null;
  mapView: MapView;
  language: UiLanguage;
  view: ViewMode;
}

export const defaultUrlState = (): UrlState => ({
  event: null,
  window: null,
  filters: { actors: [], places: [], documents: [], languages: [], search: '' },
  placeId: null,
  mapView: 'kazakhstan',
  language: 'en',
  view: 'chart',
});

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoMinute = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z?$/;

/** Reads "2022-01-05" or "2022-01-05T12:30Z" as UTC epoch ms; anything else is null. */
export function parseInstant(text: string): number | null {
  if (isoDay.test(text)) return Date.parse(`${text}T00:00Z`);
  if (isoMinute.test(text)) return Date.parse(text.endsWith('Z') ? text : `${text}Z`);
  return null;
}

/** A day when the instant is midnight UTC, otherwise minute precision: short and stable when read back. */
export function formatInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  const minute = `${iso.slice(0, 16)}Z`;
  return minute.endsWith('T00:00Z') ? iso.slice(0, 10) : minute;
}

const list = (value: string | null): string[] => (value ? value.split(',').filter(Boolean) : []);

/** Parses a location hash ("#event=…&from=…") into a full UrlState; unknown or malformed parts fall back to defaults. */
export function parseHash(hash: string): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state = defaultUrlState();
  state.event = params.get('event') || null;
  state.placeId = params.get('place') || null;
  const from = parseInstant(params.get('from') ?? '');
  const to = parseInstant(params.get('to') ?? '');
  if (from !== null && to !== null && from < to) state.window = { from, to };
  state.filters = {
    actors: list(params.get('actors')),
    places: list(params.get('places')),
    documents: list(params.get('documents')),
    languages: list(params.get('languages')),
    search: params.get('q') ?? '',
  };
  if (params.get('map') === 'almaty') state.mapView = 'almaty';
  if (params.get('lang') === 'nl') state.language = 'nl';
  if (params.get('view') === 'list') state.view = 'list';
  return state;
}

/** Writes a UrlState as a hash; default values are left out, so the plain view is an empty hash. */
export function serializeHash(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.event) params.set('event', state.event);
  if (state.window) {
    params.set('from', formatInstant(state.window.from));
    params.set('to', formatInstant(state.window.to));
  }
  const f = state.filters;
  if (f.actors.length) params.set('actors', f.actors.join(','));
  if (f.places.length) params.set('places', f.places.join(','));
  if (f.documents.length) params.set('documents', f.documents.join(','));
  if (f.languages.length) params.set('languages', f.languages.join(','));
  if (f.search) params.set('q', f.search);
  if (state.placeId) params.set('place', state.placeId);
  if (state.mapView !== 'kazakhstan') params.set('map', state.mapView);
  if (state.language !== 'en') params.set('lang', state.language);
  if (state.view !== 'chart') params.set('view', state.view);
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** The fields of the shared state a link restores (ChronologyState has them all). */
export interface UrlStateHolder {
  selectedId: string | null;
  window: TimeWindow | null;
  filters: Filters;
  placeId: string | null;
  mapView: MapView;
  language: UiLanguage;
  view: ViewMode;
}

export function readUrlState(holder: UrlStateHolder): UrlState {
  return {
    event: holder.selectedId,
    window: holder.window,
    filters: holder.filters,
    placeId: holder.placeId,
    mapView: holder.mapView,
    language: holder.language,
    view: holder.view,
  };
}

const sameWindow = (a: TimeWindow | null, b: TimeWindow | null) =>
  a === b || (!!a && !!b && a.from === b.from && a.to === b.to);
const sameFilters = (a: Filters, b: Filters) => JSON.stringify(a) === JSON.stringify(b);

/** Puts a parsed URL into the state, touching only what differs so views do not redraw for nothing. */
export function applyUrlState(holder: UrlStateHolder, url: UrlState): void {
  if (holder.selectedId !== url.event) holder.selectedId = url.event;
  if (!sameWindow(holder.window, url.window)) holder.window = url.window;
  if (!sameFilters(holder.filters, url.filters)) holder.filters = url.filters;
  if (holder.placeId !== url.placeId) holder.placeId = url.placeId;
  if (holder.mapView !== url.mapView) holder.mapView = url.mapView;
  if (holder.language !== url.language) holder.language = url.language;
  if (holder.view !== url.view) holder.view = url.view;
}
