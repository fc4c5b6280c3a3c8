/**
 * "the knife attack in Southport a week ago", "de steekpartij van een week geleden", "der
 * Messerangriff vor einer Woche": the text tells a happening exactly a week before it was written.
 */
import { daysOn } from './days-after-start.ts';

const WEEK_AGO =
  /(?<![\p{L}])(?:(?:a|one)\s+week\s+ago|(?:een|één)\s+week\s+geleden|vor\s+einer\s+Woche)(?![\p{L}])/iu;

/** Whether the sentence tells something as a week ago (looked for only where "week" or "Woche" stands). */
export function tellsWeekAgo(text: string): boolean {
  return (text.includes('eek') || text.includes('oche')) && WEEK_AGO.test(text);
}

/**
 * The day a week after the story's first day, where every weekday the text tells as past falls on
 * or after that first day read from it: a report that tells a happening as a week ago and names
 * weekdays of the story's week was written on it, not on the earliest day those weekdays allow.
 */
export function aWeekOn(past: ReadonlySet<number>, start: string): string | undefined {
  return daysOn(past, start, 7);
}
