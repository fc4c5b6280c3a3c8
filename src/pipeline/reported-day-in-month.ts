/**
 * A report dated only by a month that tells a day of that month as past ("Op 7 mei bombardeerde
 * India doelen", "am 7. Mai") was written on or after that day, and the weekdays it tells as past
 * fix which: it is read on the first day from the told one by which every such weekday has come
 * ("zaterdag" and "zondag" after Wednesday 7 May is Sunday 11 May). Read later, its weekdays would
 * fall later still, while a report comes soonest after the news it tells. Only the day of the
 * latest dated report of the story dates it so, that report's news told as past: the story's first
 * day recalled ("SVB werd op 10 maart gesloten" in a report of the takeover weeks on), a day
 * between ("in de nacht van 10 op 11 september bezweken" beside reports of 12 to 17 September) or one no dated
 * report reaches ("op 14 december gekozen" beside reports of November) says nothing of how far on
 * the report is.
 */
import { daysReported, latestDayReported, type DaysReported } from './date-mentions.ts';
import { shift } from './iso-day.ts';
import type { LanguageArticle, Published } from './types.ts';
import { weekdayEvidence, type WeekdayEvidence } from './weekday-evidence.ts';
import { WEEKDAY_NAMES, weekdayOf } from './weekdays.ts';

/** `reported` is the latest day the text tells as past ("2025-05-07"); `past` the weekdays it tells as past. */
export function dayFromReportedDay(
  month: string,
  reported: string | undefined,
  past: ReadonlySet<number>,
): string | undefined {
  if (reported === undefined || reported.slice(0, 7) !== month || past.size === 0) return undefined;
  const opening = weekdayOf(reported);
  let last = 0;
  for (const d of past) last = Math.max(last, (d - opening + 7) % 7);
  const day = shift(reported, last);
  return day.slice(0, 7) === month ? day : undefined;
}

/** What a month-only report is read against: its text, and the story its related reports tell. */
export interface ToldDayContext {
  month: string;
  article: LanguageArticle;
  /** The text's days and weekdays, when read already. */
  days: DaysReported | undefined;
  evidence: WeekdayEvidence | undefined;
  /** The story's first day, when known. */
  start: string | undefined;
  /** The days of the dated reports related to it. */
  related: readonly string[];
  /** Why the report cannot have been written on a day, or null. */
  conflictAt: (date: string) => string | null;
}

/**
 * The publication day of a month-only report by the day of its month it tells as past: the day of
 * the latest dated report related to it, after the story's first.
 */
export function toldDayOfMonth(context: ToldDayContext): Published | undefined {
  const { month, article, start, related, conflictAt } = context;
  const reported = latestDayReported(context.days ?? daysReported(article), month.slice(0, 4));
  if (reported === undefined || start === undefined || reported <= start || related.length === 0)
    return undefined;
  const latest = related.reduce((a, b) => (b > a ? b : a));
  if (reported !== latest) return undefined;
  const past = (context.evidence ?? weekdayEvidence(article)).past;
  const date = dayFromReportedDay(month, reported, past);
  if (!date || conflictAt(date)) return undefined;
  const told = [...past].map((d) => WEEKDAY_NAMES[d]).join(', ');
  return {
    date,
    precision: 'day',
    inferred: true,
    reason: `The document gives only the month (${month}) and tells ${reported}, the day of the latest dated report of its story, as past; ${date} is the first day from it by which every weekday it tells as past (${told}) has come`,
  };
}
