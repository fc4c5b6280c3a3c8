/**
 * A report dated from the reports it shares its story with may be a week off: its weekdays, read
 * in the week before the sister's day, put what it tells a week early ("schließt Luftraum … am
 * Sonntagabend" read from a Thursday after the story's first Sunday). Where dated reports put a
 * happening a story seldom has two of (lexicon `rare`: an airspace closed, an ultimatum expired) a
 * week after the day the report gives it, the report was written after that happening.
 */
import { daysBetween, shift } from './iso-day.ts';

/** A happening a report tells, on the day it gives it. */
export interface Told {
  kind: string;
  day: string;
  document: string;
}

const WEEK_DAYS = 7;
/** How far two reports of one happening may lie apart: a night told by its evening or its morning. */
const SLACK_DAYS = 1;

/** Of each rare kind, the dated report that gives it the earliest day, among those `keep` takes. */
function earliestRare(
  dated: readonly Told[],
  rare: (kind: string) => boolean,
  keep: (t: Told) => boolean,
): Map<string, Told> {
  const earliest = new Map<string, Told>();
  for (const t of dated) {
    if (!rare(t.kind) || !keep(t)) continue;
    const known = earliest.get(t.kind);
    if (!known || t.day < known.day) earliest.set(t.kind, t);
  }
  return earliest;
}

/**
 * The dated reports' happenings the report tells a week (give or take a day) off, each kind once,
 * `gap` days being how far the dated day lies after the report's; none when the report tells any
 * of those kinds on another day.
 */
function aWeekOff(
  own: readonly Told[],
  earliest: ReadonlyMap<string, Told>,
  gap: (t: Told, other: Told) => number,
): Told[] {
  const off = new Map<string, Told>();
  const fits = new Set<string>();
  for (const t of own) {
    const other = earliest.get(t.kind);
    if (!other) continue;
    if (Math.abs(gap(t, other) - WEEK_DAYS) <= SLACK_DAYS) off.set(t.kind, other);
    else fits.add(t.kind);
  }
  for (const kind of fits) off.delete(kind);
  return [...off.values()];
}

/**
 * The dated reports' days of the rare happenings a report written on `published` tells a week
 * (give or take a day) before them, each kind once; empty when it tells every one of them on a day
 * a dated report gives too, or when a dated report tells it on or before `published`.
 */
export function toldAWeekLater(
  published: string,
  own: readonly Told[],
  dated: readonly Told[],
  rare: (kind: string) => boolean,
): Told[] {
  const earliest = earliestRare(dated, rare, () => true);
  for (const [kind, t] of earliest) if (t.day <= published) earliest.delete(kind);
  return aWeekOff(own, earliest, (t, other) => daysBetween(t.day, other.day));
}

/** Whether the report, read from a new day, tells each of `later`'s happenings within a day of it. */
export function tellsOnTheirDays(own: readonly Told[], later: readonly Told[]): boolean {
  return later.every((l) =>
    own.every((t) => t.kind !== l.kind || Math.abs(daysBetween(t.day, l.day)) <= SLACK_DAYS),
  );
}

/** The days a report that tells `later`'s happenings may have been written on, earliest first. */
export function daysAfter(later: readonly Told[]): string[] {
  const first = latestDay(later);
  return Array.from({ length: WEEK_DAYS }, (_, k) => shift(first, k));
}

function latestDay(told: readonly Told[]): string {
  let latest = '';
  for (const t of told) if (t.day > latest) latest = t.day;
  return latest;
}

/**
 * The dated reports' days of the rare happenings a report written on `published` tells a week
 * (give or take a day) after them, each kind once: read in the week after its story's, the report
 * ("de dieven kwamen zondag binnen" read from the Thursday of the next week) was written before.
 * Empty when it tells any of them on a day a dated report gives too.
 */
export function toldAWeekLate(
  published: string,
  own: readonly Told[],
  dated: readonly Told[],
  rare: (kind: string) => boolean,
): Told[] {
  const earliest = earliestRare(dated, rare, (t) => t.day < published);
  return aWeekOff(own, earliest, (t, other) => daysBetween(other.day, t.day));
}

/** The days before `published` a report that tells `late`'s happenings may have been written on, earliest first. */
export function daysBefore(late: readonly Told[], published: string): string[] {
  const first = latestDay(late);
  return Array.from({ length: daysBetween(first, published) }, (_, k) => shift(first, k));
}
