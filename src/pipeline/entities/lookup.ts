import type { EntityStage } from './stage.ts';

/** Place kinds whose point says where a happening was: not a country or region. */
const POINT_KINDS = new Set(['city', 'island', 'landmark']);

/** What the run knows of a place or actor id. Ids that are no place have no country. */
export interface LookedUp {
  /** Canonical English name: titles name entities so ("Kassym-Jomart Tokayev"), not as spelt. */
  name?: string;
  kind?: string;
  country?: string;
  placeKind?: string;
  /** Where a town, island or landmark lies; a country or region is too wide to tell apart by. */
  point?: [number, number];
  /** The listed regions it lies in (place-within.ts). */
  within: readonly string[];
}

/**
 * Looks each id up once in the entity stage, which knows every entity once all articles are read:
 * the candidates' titles and the merge ask about the same ids many times.
 */
export function entityLookup(
  entities: Pick<EntityStage, 'actor' | 'place' | 'within'>,
): (id: string) => LookedUp {
  const looked = new Map<string, LookedUp>();
  return (id) => {
    let found = looked.get(id);
    if (!found) {
      const actor = entities.actor(id);
      const place = entities.place(id);
      found = {
        name: actor?.name ?? place?.name,
        kind: actor?.kind,
        country: place?.country,
        placeKind: place?.kind,
        point: place && POINT_KINDS.has(place.kind) ? [place.lat, place.lon] : undefined,
        within: place ? entities.within(id) : [],
      };
      looked.set(id, found);
    }
    return found;
  };
}
