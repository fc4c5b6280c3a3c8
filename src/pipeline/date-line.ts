/**
 * A line under a scraped article's headline that says when it was published or last updated, as
 * news sites print it: "Thu 6 Jan 2022 12.41 GMT", "January 7, 2022", "Published On 11 Jan 2022",
 * "Updated 12:34 PM UTC, January 7, 2022", "Stand: 05.01.2022 10:21 Uhr", "Aktualisiert am
 * 07.01.2022-12:31", "Gepubliceerd: 6 januari 2022, 14:35". The whole line must be the date: a
 * sentence that names a day is text, not a date line.
 */
import { isoDay, monthNumber } from './date-mentions.ts';

const LABEL = String.raw`(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)(?:\s+on|\s+at)?|stand|aktualisiert(?:\s+am)?|veröffentlicht(?:\s+am)?|erstellt(?:\s+am)?|gepubliceerd(?:\s+op)?|bijgewerkt(?:\s+op)?|geplaatst(?:\s+op)?|laatste\s+update|aangepast(?:\s+op)?)\s*:?\s*`;
const WEEKDAY = String.raw`(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?|monday|wednesday|saturday|ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|mo|mi|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)\.?,?\s+`;
const CLOCK = String.raw`\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s*(?:uhr|u\.?))?(?:\s*\(?[a-z]{2,4}(?:[+-]\d{1,2})?\)?)?`;
/** "05.01.2022", "10-01-22": day first, as Dutch and German sites write it. */
const NUMERIC = String.raw`(?<d3>\d{1,2})[.-](?<m3>\d{1,2})[.-](?<y3>\d{4}|\d{2})(?!\d)`;
const DATE = String.raw`(?:(?<d1>\d{1,2})\.?\s+(?<m1>\p{L}{3,9})\.?,?\s+(?<y1>\d{4})|(?<m2>\p{L}{3,9})\.?\s+(?<d2>\d{1,2}),?\s+(?<y2>\d{4})|${NUMERIC})`;
const DATE_LINE = new RegExp(
  String.raw`^(?:${LABEL})?(?:${CLOCK}[\s,]+)?(?:${WEEKDAY})?${DATE}(?:[\s,|–-]+(?:um\s+|at\s+|om\s+)?${CLOCK})?\.?$`,
  'iu',
);
/**
 * A byline glued to a numeric date and time: "Redactie 10-01-22, 14:22", "Anna de Vries
 * 10-01-22, 14:22". Only with the time, which no sentence has right after a date.
 */
const BYLINE_DATE = new RegExp(String.raw`^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}${NUMERIC},?\s+${CLOCK}$`, 'iu');
/**
 * What follows a date on its line after a bar or a middle dot: "| Lesedauer: 3 Minuten", "| 5 min
 * read", "· Aangepast 21 december 2016, 18:05" (the first date is the publication).
 */
const BAR = /\s*[|·•]\s*/;
/**
 * The site's section a date line may open with before a bar ("Buitenland | 23 april 2019 17:12 |
 * Laatst gewijzigd: …"): a word or three, no figure.
 */
const SECTION = /^\p{L}[\p{L}'’&-]*(?:\s+[\p{L}'’&-]+){0,2}$/u;
/** Longer lines are text, whatever they begin with. */
const MAX_LENGTH = 70;

/** The ISO day a date line gives, if `line` is one. */
export function dateLineDay(line: string): string | undefined {
  const text = line.trim();
  if (!/\d/.test(text)) return undefined;
  const parts = text.split(BAR);
  const section = parts.length > 1 && SECTION.test(parts[0] ?? '') ? 1 : 0;
  // What follows the date after a bar (an update time, a reading time) does not make the line text.
  if (parts.slice(0, section + 1).join(' | ').length > MAX_LENGTH || text.length > 2 * MAX_LENGTH)
    return undefined;
  const first = parts[section] ?? '';
  const g = (DATE_LINE.exec(first) ?? BYLINE_DATE.exec(first))?.groups;
  if (!g) return undefined;
  const month = g.m3 !== undefined ? Number(g.m3) : monthNumber(g.m1 ?? g.m2 ?? '');
  const day = Number(g.d1 ?? g.d2 ?? g.d3);
  const written = g.y1 ?? g.y2 ?? g.y3 ?? '';
  const year = Number(written.length === 2 ? `20${written}` : written);
  return month === undefined || month < 1 || month > 12 ? undefined : isoDay(year, month, day);
}
