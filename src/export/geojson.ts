import type { EventFile, Precision } from '../schema/events.ts';
import { actorNames, lookup } from './lookup.ts';

export interface EventFeatureProperties {
  id: string;
  title: string;
  kind: string | null;
  start: string;
  end: string;
  precision: Precision;
  timex3: string;
  dateText: string | null;
  place: string;
  placeName: string;
  actors: string[];
  sources: number;
  documents: string[];
  conflicts: boolean;
  edited: string[];
}

export interface EventFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: EventFeatureProperties;
}

export interface EventFeatureCollection {
  type: 'FeatureCollection';
  features: EventFeature[];
}

/**
 * One point per event and place (RFC 7946, [lon, lat]); an event with two places gives two features with
 * ids "event@place". Events without a place are left out rather than put on a made-up point.
 */
export function toGeoJSON(file: EventFile): EventFeatureCollection {
  const at = lookup(file);
  const features: EventFeature[] = [];
  for (const event of file.events) {
    for (const placeId of event.places) {
      const place = at.place(placeId);
      if (!place) continue;
      features.push({
        type: 'Feature',
        id: `${event.id}@${place.id}`,
        geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
        properties: {
          id: event.id,
          title: event.title,
          kind: event.kind ?? null,
          start: event.when.start,
          end: event.when.end,
          precision: event.when.precision,
          timex3: event.when.value,
          dateText: event.when.text ?? null,
          place: place.id,
          placeName: place.name,
          actors: actorNames(event, at),
          sources: event.sources.length,
          documents: [...new Set(event.sources.map((s) => s.document))],
          conflicts: event.conflicts.length > 0,
          edited: event.edited ?? [],
        },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
