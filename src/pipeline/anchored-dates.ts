/**
 * A report without a day of its own tells some happenings relative to the day it was written ("on
 * Saturday", "last week"). Where reports with a day of their own date the same happening (the same
 * kind of happening to the same person or town), the undated report was written on a day from
 * which it tells it on that day. These functions say which happenings anchor a report, how well a
 * reading of the report agrees with them, and which days to try.
 */
import { daysBetween, shift } from './iso-day.ts';

/** A happening a report tells: its merge group, its days and the specific names it involves. */
export interface Happening {
  /** What tells this happening apart within its report: its sentence and kind. */
  key: string;
  title: string;
  group: string;
  start: string;
  end: string;
  /** Persons, unlisted names of two words or more, towns: names a story's reports share. */
  names: readonly string[];
  document: string;
  /** Told in the morning or afternoon ("yesterday afternoon"): no night, whose day reports may tell a day apart. */
  daytime?: boolean;
}

/** The day the other reports agree a happening (a group and a name) fell on. */
export interface Anchor {
  group: string;
  name: string;
  day: string;
  document: string;
}

/** Two reports of one happening may lie a day apart: a night told by its evening or its morning. */
const SLACK_DAYS = 1;
/** A reading tells a happening on a day (not just in a month) when it gives it at most a week. */
const SETTLED_DAYS = 7;
/** From the latest happening it tells, how many days on a report may have been written. */
const TRIAL_DAYS = 14;
const WEEK_DAYS = 7;

const anchorKey = (group: string, name: string) => `${group}\u0000${name}`;

/** The documents whose days may anchor a report. */
export type Kept = (document: string) => boolean;

const ALL: Kept = () => true;

/**
 * The days reports give each (group, name), to find what every report but one agrees on: a
 * happening told on days further apart (statements, nightly protests) is several happenings and
 * anchors nothing.
 */
export class AnchorIndex {
  /** Per (group, name): the documents that tell it on each day. */
  readonly #days = new Map<string, Map<string, Set<string>>>();

  add(h: Happening): void {
    // A happening told over more than a day and a night gives no day to agree on.
    if (daysBetween(h.start, h.end) > SLACK_DAYS) return;
    for (const name of h.names) {
      const key = anchorKey(h.group, name);
      let days = this.#days.get(key);
      if (!days) this.#days.set(key, (days = new Map()));
      const docs = days.get(h.start);
      if (docs) docs.add(h.document);
      else days.set(h.start, new Set([h.document]));
    }
  }

  /**
   * The day the other reports agree (group, name) fell on, or undefined. Only days a report `kept`
   * tells count (one of the report's own story, see documents-apart.ts); the report named is the
   * first of that day.
   */
  anchor(group: string, name: string, except: string, kept: Kept = ALL): Anchor | undefined {
    const days = this.#days.get(anchorKey(group, name));
    // Beyond three days, even without the report's own, the others cannot agree on one; some of
    // them may be of other stories' reports, which the days kept leave out.
    if (!days || (kept === ALL && days.size > 3)) return undefined;
    let first = '';
    let last = '';
    let document = '';
    for (const [day, docs] of days) {
      let other = '';
      let told = false;
      for (const d of docs.keys())
        if (d !== except) {
          if (other === '') other = d;
          if (kept(d)) {
            told = true;
            break;
          }
        }
      if (!told) continue;
      if (first === '' || day < first) first = day;
      if (day >= last) {
        last = day;
        document = other;
      }
      // Days further apart than that never come closer: the others cannot agree.
      if (daysBetween(first, last) > SLACK_DAYS) return undefined;
    }
    if (first === '') return undefined;
    return { group, name, day: last, document };
  }
}

/** One of a report's happenings and the anchor it shares a group and name with. */
export interface Pairing {
  happening: Happening;
  anchor: Anchor;
  /** The reading gives the happening a day or a week, so it agrees with the anchor or not. */
  settled: boolean;
  agrees: boolean;
}

/** The report's happenings that share a group and a name with an anchor of `kept` documents, each name once. */
export function pairings(own: readonly Happening[], index: AnchorIndex, kept: Kept = ALL): Pairing[] {
  const out: Pairing[] = [];
  for (const h of own) {
    for (const name of h.names) {
      const anchor = index.anchor(h.group, name, h.document, kept);
      if (!anchor) continue;
      const span = daysBetween(h.start, h.end);
      const settled = span < SETTLED_DAYS;
      // A day or a night may be told a day off; a week ("last week") and a morning or an afternoon
      // must hold the day.
      const slack = span <= SLACK_DAYS && h.daytime !== true ? SLACK_DAYS : 0;
      const agrees = settled && anchor.day >= shift(h.start, -slack) && anchor.day <= shift(h.end, slack);
      out.push({ happening: h, anchor, settled, agrees });
      break;
    }
  }
  return out;
}

const pairingKey = (p: Pairing) => `${p.happening.key}\u0000${p.anchor.name}`;

/** The happenings on which a reading agrees with the anchors. */
export function agreements(pairs: readonly Pairing[]): Set<string> {
  return new Set(pairs.filter((p) => p.agrees).map(pairingKey));
}

/**
 * Whether a new reading agrees better: with more anchors, and with every one the first reading
 * agreed with.
 */
export function agreesBetter(first: ReadonlySet<string>, next: ReadonlySet<string>): boolean {
  if (next.size <= first.size) return false;
  for (const k of first) if (!next.has(k)) return false;
  return true;
}

/** How many happenings a reading tells on their anchor's very day, without a day's slack. */
export function onTheDay(pairs: readonly Pairing[]): number {
  return pairs.filter((p) => p.agrees && p.anchor.day >= p.happening.start && p.anchor.day <= p.happening.end)
    .length;
}

/**
 * Whether the day after a reading's first agreeing day reads the report better: it keeps every
 * agreement and tells more happenings on their anchor's very day. The slack lets a night told by its
 * morning agree a day off; "gisteren" told a day off agrees too, but the next day tells it on its day.
 */
export function agreesOnTheDay(first: readonly Pairing[], next: readonly Pairing[]): boolean {
  const now = agreements(next);
  for (const k of agreements(first)) if (!now.has(k)) return false;
  return onTheDay(next) > onTheDay(first);
}

/**
 * Whether a later day may still bring a reading to agree: later days move what a report tells
 * relative to its day later, so only a happening that still falls before its anchor may yet reach
 * it, and only one that moved with the day, or that a week of days may yet move. One that did not
 * move in a week is told by its date; one past its anchor, or one the first reading agreed on and
 * this one no longer does, only moves further off.
 */
export function mayStillAgree(
  first: readonly Pairing[],
  next: readonly Pairing[],
  agreed: ReadonlySet<string>,
  tried: number,
): boolean {
  const now = agreements(next);
  for (const k of agreed) if (!now.has(k)) return false;
  const before = new Map(first.map((p) => [pairingKey(p), p.happening]));
  return next.some((p) => {
    if (p.agrees || p.happening.end >= p.anchor.day) return false;
    const was = before.get(pairingKey(p));
    // A week ("last week") or a weekday moves only once the day crosses into another week.
    return was !== undefined && (was.start !== p.happening.start || tried < WEEK_DAYS);
  });
}

/**
 * The days to try, earliest first: from the latest anchor the report does not tell on its day
 * onwards (it tells it as past); none when it tells every anchored happening on its day.
 */
export function trialDays(pairs: readonly Pairing[]): string[] {
  let latest = '';
  for (const p of pairs) if (!p.agrees && p.anchor.day > latest) latest = p.anchor.day;
  if (latest === '') return [];
  return Array.from({ length: TRIAL_DAYS }, (_, k) => shift(latest, k));
}
