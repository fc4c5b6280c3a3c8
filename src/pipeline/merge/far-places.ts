/**
 * Places far apart: an evacuation on Corfu and one on Rhodes, a fire near Athens and one on Rhodes,
 * are two happenings even on one day in one country. Only towns, islands and landmarks have a point
 * that says where something happened; a country or region is too wide to tell.
 */
import { kindTraits } from '../candidates/kind-traits.ts';
import { joined } from './joined.ts';

/** A place's [latitude, longitude] in degrees when it is a town, island or landmark. */
export type PointOf = (placeId: string) => readonly [number, number] | undefined;

/**
 * Kilometres from which two places hold two happenings: more than a fire's spread over an island or
 * the villages one evacuation clears, less than between two islands or an island and the capital.
 */
export const FAR_KM = 150;

const KM_PER_DEGREE = 111.2;
const RADIANS = Math.PI / 180;

/** The points of the places, flat: latitude, longitude, latitude, longitude… */
export function pointsOf(places: readonly string[], pointOf: PointOf): number[] {
  const points: number[] = [];
  for (const id of places) {
    const p = pointOf(id);
    if (p) points.push(p[0], p[1]);
  }
  return points;
}

/** Kilometres between two points, flat-earth: exact enough at a few hundred kilometres. */
function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const x = (lon2 - lon1) * Math.cos(((lat1 + lat2) / 2) * RADIANS);
  return Math.hypot(x, lat2 - lat1) * KM_PER_DEGREE;
}

/** Both sides name places and no place of one lies within `limit` kilometres of one of the other. */
export function farApart(a: readonly number[], b: readonly number[], limit = FAR_KM): boolean {
  if (a.length === 0 || b.length === 0) return false;
  for (let i = 0; i < a.length; i += 2) {
    for (let j = 0; j < b.length; j += 2) {
      if (km(a[i] as number, a[i + 1] as number, b[j] as number, b[j + 1] as number) <= limit) return false;
    }
  }
  return true;
}

const NONE: readonly number[] = [];

/** The points, flat, of the places of a candidate that tell it apart; none for one told apart otherwise. */
export type PointsFor = (candidate: { kind: string; places: readonly string[] }) => readonly number[];

/** The points of the places of the kinds told apart by place (lexicon `far`), none without a way to look them up. */
export function farKindPoints(pointOf: PointOf | undefined): PointsFor {
  return (c) =>
    pointOf && c.places.length > 0 && kindTraits(c.kind).far ? pointsOf(c.places, pointOf) : NONE;
}

/**
 * The points of each cluster's places, kept at its root like DaySpans: two clusters clash when
 * both have points and none lies within `limit` kilometres of one of the other's.
 */
export class FarPlaces {
  private readonly points: (readonly number[])[];

  constructor(
    candidates: readonly { kind: string; places: readonly string[] }[],
    pointsFor: PointsFor,
    private readonly limit: number = FAR_KM,
  ) {
    this.points = candidates.map(pointsFor);
  }

  /** Whether the clusters at roots a and b name places, all far apart. */
  clash(a: number, b: number): boolean {
    return farApart(this.points[a] as readonly number[], this.points[b] as readonly number[], this.limit);
  }

  /** Keep the joined cluster's points at its new root. */
  join(root: number, a: number, b: number): void {
    const x = this.points[a] as readonly number[];
    const y = this.points[b] as readonly number[];
    this.points[root] = joined(x, y);
  }
}
