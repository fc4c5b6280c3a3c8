/**
 * "Three days after the devastating explosion in the port of Beirut, …", "Twee dagen na de aanslag
 * …", "Sechs Tage nach der Explosion …": a lede that opens by counting the days since a happening
 * tells the news of that day, so the report was written that many days after the story's first day.
 */
import { daysBetween, shift } from './iso-day.ts';
import { CARDINAL_UNITS } from './number-words.ts';
import { pastDay } from './story-start.ts';
import { hasPastMarker } from './time/tense.ts';
import type { Lang } from './time/lexicon.ts';

const LANGS: readonly Lang[] = ['en', 'nl', 'de'];

/** The article "a" and its Dutch and German forms count one, as "one", "één", "einen" do. */
const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ...Object.values(CARDINAL_UNITS).flatMap((words) => Object.entries(words)),
  ['a', 1],
  ['an', 1],
  ['einen', 1],
  ['einer', 1],
]);

const COUNT = `(\\d{1,2}|\\p{L}+)`;
/**
 * The city a report was filed from, set before its first sentence with a dash ("Berlin – Vier Tage
 * nach dem …"): no part of the count that follows it.
 */
const FILED_FROM = `(?:\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}\\s+[–—-]\\s+)?`;
/** Only an opening that counts from a named happening ("after the", "na de", "nach dem"). */
const OPENING: readonly RegExp[] = [
  new RegExp(
    `^${FILED_FROM}${COUNT}\\s+(days?|weeks?)\\s+(?:after|since)\\s+(?:the|a|an|its|their)\\s`,
    'iu',
  ),
  new RegExp(`^${FILED_FROM}${COUNT}\\s+(dag(?:en)?|weken|week)\\s+na\\s+(?:de|het|een)\\s`, 'iu'),
  new RegExp(
    `^${FILED_FROM}${COUNT}\\s+(Tag(?:e|en)?|Wochen?)\\s+nach\\s+(?:dem|der|den|einem|einer)\\s`,
    'u',
  ),
];

/** A count of more weeks than this reaches beyond what a report's weekdays can confirm. */
const MAX_DAYS = 28;

/** The days the opening sentence counts since the happening it names, or undefined. */
export function daysAfterOpening(text: string): number | undefined {
  for (const pattern of OPENING) {
    const m = pattern.exec(text);
    if (!m) continue;
    const [, count = '', unit = ''] = m;
    const n = /^\d+$/.test(count) ? Number(count) : COUNT_WORDS.get(count.toLowerCase());
    if (n === undefined) return undefined;
    const days = n * (/^(?:week|wek|woche)/i.test(unit) ? 7 : 1);
    return days > 0 && days <= MAX_DAYS ? days : undefined;
  }
  return undefined;
}

/** A count told in the past ("Zwei Tage nach dem Anschlag sprach der Minister") is of another happening. */
const toldInAnyPast = (text: string): boolean => LANGS.some((lang) => hasPastMarker(lang, text));

/**
 * The days the opening paragraph counts since the happening it names: its first sentence, or a
 * later one that opens with the count ("Sachsen-Anhalts Innenminister verteidigt die Polizei …
 * Drei Tage nach dem Terroranschlag von Halle wird heftig … gestritten"); or the sentence that
 * opens the next paragraph with a count told in the present, where a lede of the latest news hands
 * over to where the story stands ("De zoektocht … is vanochtend stilgelegd. … ¶ Vijf dagen na de
 * ramp staat het dodental op elf").
 */
export function daysAfterLede(sentences: readonly { text: string; paragraph: string }[]): number | undefined {
  return countingLede(sentences)?.days;
}

/**
 * The sentence of the opening paragraph that counts days since a happening, with its count; or,
 * anywhere, one that calls its count exact (see exactCount).
 */
export function countingLede(
  sentences: readonly { text: string; paragraph: string }[],
): { days: number; text: string } | undefined {
  const lede = sentences[0]?.paragraph;
  for (const s of sentences) {
    const days = daysAfterOpening(s.text);
    if (s.paragraph === lede) {
      if (days !== undefined) return { days, text: s.text };
      continue;
    }
    if (days !== undefined && !toldInAnyPast(s.text)) return { days, text: s.text };
    break;
  }
  return exactCount(sentences);
}

/** "Exactly one week after the fire", "Genau eine Woche nach dem Brand", "Precies een week na de brand". */
const EXACTLY = /^(?:exactly|precisely|genau|exakt|precies|exact)\s+/iu;

/**
 * A sentence anywhere that opens with an exact count told in the present ("Exactly one week after
 * the fire the situation on the island remains tense"): a count the writer calls exact is of the
 * day of writing, however far from the lede it stands.
 */
function exactCount(
  sentences: readonly { text: string; paragraph: string }[],
): { days: number; text: string } | undefined {
  for (const s of sentences) {
    const exact = EXACTLY.exec(s.text);
    if (!exact) continue;
    const rest = s.text.slice(exact[0].length);
    const days = daysAfterOpening(rest.charAt(0).toUpperCase() + rest.slice(1));
    if (days !== undefined && !toldInAnyPast(s.text)) return { days, text: s.text };
  }
  return undefined;
}

/**
 * A count is round ("a week after" may be written a day either side of it): a day further from
 * the counted one than this is not the day of a report that counts from the story's first day.
 */
const COUNT_SLACK = 2;

/**
 * Why a report that counts `days` since the story began on `start` cannot be of `date`, or null. A
 * count of weeks is rounder still, and the happening it counts from ("Een week na de treinramp")
 * may lie before the first day the story's reports tell: it rules out no day.
 */
export function countConflict(date: string, days: number, start: string): string | null {
  if (days % 7 === 0) return null;
  const counted = shift(start, days);
  return Math.abs(daysBetween(counted, date)) > COUNT_SLACK
    ? `the text counts ${days} days since the story began on ${start}, which gives ${counted}, not ${date}`
    : null;
}

/**
 * The day `days` after the story's first day, where every weekday the text tells as past falls on
 * or after that first day read from it.
 */
export function daysOn(past: ReadonlySet<number>, start: string, days: number): string | undefined {
  const date = shift(start, days);
  return [...past].every((d) => pastDay(date, d) >= start) ? date : undefined;
}

/** Days a round count ("two weeks after") may fall short of the day of the news it opens with. */
const ROUND_COUNT_DAYS = 3;

/**
 * The first day after the counted one, within a round count's slack, where every weekday the text
 * tells as past falls on or after the story's first day and `fits` allows ("Two weeks after the
 * fire … said on Friday … Already last Friday": read from the Wednesday counted, that Friday
 * would be last week's; the Friday after it is the report's).
 */
export function roundCountOn(
  past: ReadonlySet<number>,
  start: string,
  counted: string,
  fits: (date: string) => boolean,
): string | undefined {
  for (let i = 1; i <= ROUND_COUNT_DAYS; i++) {
    const date = shift(counted, i);
    if ([...past].every((d) => pastDay(date, d) >= start) && fits(date)) return date;
  }
  return undefined;
}
