/**
 * Attacks at venues apart: gunmen firing on the terraces of Le Carillon and, minutes later, into the
 * Bataclan a kilometre away are two attacks of one evening, however alike their reports. Only a
 * venue (the gazetteer's landmark) says where an attack was to the street; a district or a city
 * holds them all. A sentence that names both venues tells them as one and joins either side.
 */
import { kindTraits } from '../candidates/kind-traits.ts';
import type { PlaceKindOf } from './area-counts.ts';
import { farApart, pointsOf, type PointOf } from './far-places.ts';
import { joined } from './joined.ts';

/** Kilometres from which two venues are two scenes: more than a stadium's grounds or a square. */
export const VENUES_APART_KM = 0.5;

const NONE: readonly number[] = [];

/**
 * The points of each cluster's venues, kept at its root like FarPlaces: only for the kinds that
 * happen at one moment (an attack, a shooting, an explosion).
 */
export class VenuesApart {
  private readonly points: (readonly number[])[];

  constructor(
    candidates: readonly { kind: string; places: readonly string[] }[],
    pointOf: PointOf | undefined,
    placeKindOf: PlaceKindOf | undefined,
  ) {
    this.points = candidates.map((c) => {
      if (!pointOf || !placeKindOf || c.places.length === 0 || !kindTraits(c.kind).moment) return NONE;
      const venues = c.places.filter((id) => placeKindOf(id) === 'landmark');
      return venues.length > 0 ? pointsOf(venues, pointOf) : NONE;
    });
  }

  /** Whether the clusters at roots a and b both name venues, none near one of the other's. */
  clash(a: number, b: number): boolean {
    return farApart(
      this.points[a] as readonly number[],
      this.points[b] as readonly number[],
      VENUES_APART_KM,
    );
  }

  /** Keep the joined cluster's venues at its new root. */
  join(root: number, a: number, b: number): void {
    this.points[root] = joined(this.points[a] as readonly number[], this.points[b] as readonly number[]);
  }
}
