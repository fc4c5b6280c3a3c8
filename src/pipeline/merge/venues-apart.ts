/**
 * Attacks at venues apart: gunmen firing on the terraces of Le Carillon and, minutes later, into the
 * Bataclan a kilometre away are two attacks of one evening, however alike their reports. Only a
 * venue (the gazetteer's landmark) says where an attack was to the street; a district or a city
 * holds them all. A sentence that names both venues tells them as one and joins either side.
 */
import { kindTraits } from '../candidates/kind-traits.ts';
import type { PlaceKindOf } from './area-counts.ts';
import { pointsOf, type PointOf, type PointsFor } from './far-places.ts';

/** Kilometres from which two venues are two scenes: more than a stadium's grounds or a square. */
export const VENUES_APART_KM = 0.5;

const NONE: readonly number[] = [];

/**
 * The points of a candidate's venues, for FarPlaces within VENUES_APART_KM: only for the kinds that
 * happen at one moment (an attack, a shooting, an explosion).
 */
export function venuePoints(pointOf: PointOf | undefined, placeKindOf: PlaceKindOf | undefined): PointsFor {
  return (c) => {
    if (!pointOf || !placeKindOf || c.places.length === 0 || !kindTraits(c.kind).moment) return NONE;
    const venues = c.places.filter((id) => placeKindOf(id) === 'landmark');
    return venues.length > 0 ? pointsOf(venues, pointOf) : NONE;
  };
}
