import type { MapView, UiLanguage } from '../state.svelte.ts';

/** The map's own words in the interface languages; place names come from the event file. */
interface MapLabels {
  views: Record<MapView, string>;
  viewGroup: string;
  /** Leaflet's zoom buttons, named apart from the timeline's "Zoom in" / "Zoom out". */
  zoomIn: string;
  zoomOut: string;
  elsewhere: string;
  event: string;
  events: string;
  morePlace: string;
  morePlaces: string;
  and: string;
  unplaced: (events: string, one: boolean) => string;
  basemapFailed: (reason: string) => string;
}

const LABELS: Record<UiLanguage, MapLabels> = {
  en: {
    views: { kazakhstan: 'Kazakhstan', almaty: 'Almaty' },
    viewGroup: 'Map view',
    zoomIn: 'Zoom map in',
    zoomOut: 'Zoom map out',
    elsewhere: 'Elsewhere',
    event: 'event',
    events: 'events',
    morePlace: 'more place',
    morePlaces: 'more places',
    and: 'and',
    unplaced: (events, one) => `${events} without a known place ${one ? 'is' : 'are'} not on the map.`,
    basemapFailed: (reason) => `The background map could not be loaded (${reason}).`,
  },
  nl: {
    views: { kazakhstan: 'Kazachstan', almaty: 'Almaty' },
    viewGroup: 'Kaartweergave',
    zoomIn: 'Kaart inzoomen',
    zoomOut: 'Kaart uitzoomen',
    elsewhere: 'Elders',
    event: 'gebeurtenis',
    events: 'gebeurtenissen',
    morePlace: 'andere plaats',
    morePlaces: 'andere plaatsen',
    and: 'en',
    unplaced: (events, one) => `${events} zonder bekende plaats ${one ? 'staat' : 'staan'} niet op de kaart.`,
    basemapFailed: (reason) => `De achtergrondkaart kon niet worden geladen (${reason}).`,
  },
};

export const mapLabels = (language: UiLanguage): MapLabels => LABELS[language] ?? LABELS.en;

export const eventsLabel = (count: number, language: UiLanguage = 'en'): string => {
  const l = mapLabels(language);
  return `${count} ${count === 1 ? l.event : l.events}`;
};

/** A marker's accessible name: "Almaty, 3 events" or "Almaty and 2 more places, 5 events". */
export function markerName(names: readonly string[], events: number, language: UiLanguage = 'en'): string {
  const l = mapLabels(language);
  const [first = '', ...rest] = names;
  const count = eventsLabel(events, language);
  if (rest.length === 0) return `${first}, ${count}`;
  return `${first} ${l.and} ${rest.length} ${rest.length === 1 ? l.morePlace : l.morePlaces}, ${count}`;
}
