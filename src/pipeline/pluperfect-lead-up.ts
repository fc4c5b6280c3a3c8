/**
 * "Die Jungen sitzen seit dem 23. Juni in der Höhle fest. Britische Taucher hatten sie am
 * Montagabend nach neun Tagen lebend gefunden. … Saman Kunan starb in der Nacht zum Freitag": a
 * report that tells the story's first day in the simple past and another weekday only in the
 * pluperfect, counting the days to it from a date it names (23 June and nine days: Monday 2 July),
 * tells that weekday before the first, as what led up to it. Held to fall on or after the story's
 * first day, the pluperfect weekday would be the latest the report tells and put it days after its
 * own news; the report was written on the first day on which every weekday it tells in the simple
 * past falls on or after the story's first day. Without the count the pluperfect may tell what
 * followed ("war am Montagabend festgenommen worden" after Thursday's insolvency), and nothing is
 * inferred.
 */
import type { DaysReported } from './date-mentions.ts';
import { shift } from './iso-day.ts';
import { CARDINAL_UNITS } from './number-words.ts';
import { pluperfectConflict } from './pluperfect.ts';
import { pastDay } from './story-start.ts';
import type { WeekdayEvidence } from './weekday-evidence.ts';
import { weekdayOf } from './weekdays.ts';

const COUNT_WORDS: ReadonlyMap<string, number> = new Map(
  Object.values(CARDINAL_UNITS).flatMap((words) => Object.entries(words)),
);

const COUNT = String.raw`(\d{1,2}|\p{L}+)`;
/** "after nine days", "nine days after", "na negen dagen", "negen dagen na", "nach neun Tagen", "neun Tage nach". */
const COUNTED: readonly RegExp[] = [
  new RegExp(String.raw`(?<!\p{L})(?:after|na|nach)\s+${COUNT}\s+(?:days|dagen|Tagen)(?!\p{L})`, 'iu'),
  new RegExp(String.raw`(?<!\p{L})${COUNT}\s+(?:days|dagen|Tage)\s+(?:after|na|nach)(?!\p{L})`, 'iu'),
];

/** The days a sentence counts to what it tells ("nach neun Tagen"), or undefined. */
export function daysCounted(text: string): number | undefined {
  for (const pattern of COUNTED) {
    const count = pattern.exec(text)?.[1];
    if (count === undefined) continue;
    const n = /^\d+$/.test(count) ? Number(count) : COUNT_WORDS.get(count.toLowerCase());
    if (n !== undefined && n > 0) return n;
  }
  return undefined;
}

/** The day the report's latest named date stands for, in the year of `start` or the one before. */
function namedDay(days: DaysReported, start: string): string | undefined {
  if (days.withYear) return days.withYear;
  if (!days.withoutYear) return undefined;
  const year = Number(start.slice(0, 4));
  const day = `${year}-${days.withoutYear}`;
  return day > start ? `${year - 1}-${days.withoutYear}` : day;
}

/** The earliest day within the story a report telling what led up to it in the pluperfect fits, or undefined. */
export function leadUpInStory(
  evidence: Pick<WeekdayEvidence, 'past' | 'earlier' | 'earlierCounted'> &
    Partial<Pick<WeekdayEvidence, 'since'>>,
  start: string,
  days: DaysReported,
): string | undefined {
  const first = weekdayOf(start);
  const counted = evidence.earlierCounted;
  if (!counted || evidence.earlier.has(first) || !evidence.past.has(first)) return undefined;
  const from = namedDay(days, start);
  const day = from && shift(from, counted.days);
  if (!day || day >= start || weekdayOf(day) !== counted.day) return undefined;
  let last = 0;
  for (const d of evidence.past) {
    if (evidence.earlier.has(d)) continue;
    last = Math.max(last, ((d - first + 7) % 7) + (evidence.since?.has(d) ? 1 : 0));
  }
  const date = shift(start, last);
  return pastDay(date, counted.day) === day && pluperfectConflict(date, evidence) === null ? date : undefined;
}
