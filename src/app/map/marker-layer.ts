import type * as Leaflet from 'leaflet';
import type { Place } from '../../schema/events.ts';
import type { UiLanguage } from '../state.svelte.ts';
import { clusterPoints } from './cluster.ts';
import { markerName } from './labels.ts';
import { addLandmarkLabel, addPlaceMarker, type PlaceMarker } from './markers.ts';
import { markerRadius } from './place-counts.ts';
import { isArea, isElsewhere, isLandmark } from './views.ts';

/** Markers closer than this many pixels merge into one cluster. */
const CLUSTER_DISTANCE = 40;

export interface MarkerLayerInput {
  /** The places events happened at, with how many. */
  located: readonly { place: Place; count: number }[];
  /** Landmarks none of whose events is shown: labelled as context for the city view. */
  landmarks: readonly Place[];
  zoom: number;
  placeById: ReadonlyMap<string, Place>;
  placeName: (id: string) => string;
  language: UiLanguage;
  /** A single place's marker was pressed. */
  onPlace: (place: Place) => void;
  /** A cluster's marker was pressed. */
  onCluster: (places: Place[]) => void;
}

/**
 * One marker per place, places closer than CLUSTER_DISTANCE pixels at `zoom` clustered into one
 * (none at the deepest zoom). Leaflet owns the markers' elements; `remove` takes them away.
 */
export function addMarkerLayer(
  leaflet: typeof Leaflet,
  target: Leaflet.Map,
  input: MarkerLayerInput,
): { records: PlaceMarker[]; remove: () => void } {
  const { located, zoom } = input;
  const maxCount = Math.max(1, ...located.map((l) => l.count));
  const points = located.map(({ place, count }) => {
    const { x, y } = target.project([place.lat, place.lon], zoom);
    return { id: place.id, x, y, weight: count };
  });
  const distance = zoom >= target.getMaxZoom() ? 0 : CLUSTER_DISTANCE;
  const layer = leaflet.layerGroup().addTo(target);
  const records: PlaceMarker[] = [];
  for (const cluster of clusterPoints(points, distance)) {
    const places = cluster.ids.flatMap((id) => input.placeById.get(id) ?? []);
    const [first] = places;
    const single = places.length === 1 && first !== undefined;
    const record = addPlaceMarker(leaflet, layer, {
      at: target.unproject([cluster.x, cluster.y], zoom),
      ids: cluster.ids,
      count: cluster.weight,
      size: 2 * markerRadius(cluster.weight, maxCount),
      name: markerName(
        cluster.ids.map((id) => input.placeName(id)),
        cluster.weight,
        input.language,
      ),
      label: single && isLandmark(first.kind) ? input.placeName(first.id) : undefined,
      cluster: !single,
      area: single && isArea(first.kind),
      // Places beyond the Kazakhstan view are reached through the Elsewhere list; their markers
      // would be a second, off-screen tab stop with the same name.
      keyboard: !places.every((p) => isElsewhere(p)),
      onPress: () => (single ? input.onPlace(first) : input.onCluster(places)),
    });
    if (record) records.push(record);
  }
  for (const place of input.landmarks) {
    addLandmarkLabel(leaflet, layer, [place.lat, place.lon], input.placeName(place.id));
  }
  return {
    records,
    remove: () => {
      for (const record of records) record.dispose();
      layer.remove();
    },
  };
}
