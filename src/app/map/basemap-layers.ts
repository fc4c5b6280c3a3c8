import type * as Leaflet from 'leaflet';
import type { Basemap } from './basemap.ts';

/** The country the chronology is about is drawn lighter: the eye finds it among its neighbours. */
const FOCUS_COUNTRY = 'KZ';

/** Draws the offline basemap under the markers: countries filled, regions as dashed borders. */
export function addBasemapLayers(leaflet: typeof Leaflet, target: Leaflet.Map, basemap: Basemap): void {
  leaflet
    .geoJSON(basemap.countries, {
      interactive: false,
      style: (f) => ({
        color: '#9c978b',
        weight: 0.8,
        fillColor: f?.properties.id === FOCUS_COUNTRY ? '#fbfaf5' : '#e9e6dc',
        fillOpacity: 1,
      }),
    })
    .addTo(target);
  leaflet
    .geoJSON(basemap.regions, {
      interactive: false,
      style: { color: '#b7b1a2', weight: 0.7, dashArray: '3 3', fill: false },
    })
    .addTo(target);
}
