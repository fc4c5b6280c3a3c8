import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Properties written by src/scripts/build-basemap.ts. */
export interface BasemapProperties {
  id: string;
  name: string;
  nl?: string;
  de?: string;
  country?: string;
}

export interface Basemap {
  countries: FeatureCollection<Geometry, BasemapProperties>;
  regions: FeatureCollection<Geometry, BasemapProperties>;
}

type BasemapTopology = Topology<{
  countries: GeometryCollection<BasemapProperties>;
  regions: GeometryCollection<BasemapProperties>;
}>;

/** The committed offline basemap beside the page (public/basemap.json); fetched lazily, never bundled. */
export const BASEMAP_URL = 'basemap.json';

export async function loadBasemap(url = BASEMAP_URL, fetchFn: typeof fetch = fetch): Promise<Basemap> {
  const response = await fetchFn(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  const topo = (await response.json()) as BasemapTopology;
  if (!topo.objects?.countries || !topo.objects?.regions) throw new Error(`${url}: not a basemap topology`);
  return {
    countries: feature(topo, topo.objects.countries) as FeatureCollection<Geometry, BasemapProperties>,
    regions: feature(topo, topo.objects.regions) as FeatureCollection<Geometry, BasemapProperties>,
  };
}
