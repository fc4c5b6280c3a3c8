/**
 * The online tile layer an embedder may switch on with `?tiles=osm`. Off by default: without it the
 * map makes no request beyond the page's own origin.
 */
export interface TileOption {
  url: string;
  attribution: string;
  maxZoom: number;
}

const OSM: TileOption = {
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  maxZoom: 19,
};

export function tileOption(search: string): TileOption | null {
  return new URLSearchParams(search).get('tiles') === 'osm' ? OSM : null;
}
