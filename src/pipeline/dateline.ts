/**
 * A wire-service dateline opening an article's first paragraph: "TBILISI, Oct 27 (Reuters) - ",
 * "WASHINGTON (AP) — ", "Berlin (dpa) - ", "ALMATY, Kazakhstan, 5 January (ANP/AFP) – ", a story filed
 * from two cities, "ISTANBUL/DAMASCUS, Feb 6 (Reuters) - ". It says
 * where and (without a year) when the story was filed; it is no part of the first sentence, and
 * its agency reports nothing that happened.
 */
import { monthNumber } from './date-mentions.ts';

export interface Dateline {
  /** Offset in the paragraph where the story's own text starts. */
  end: number;
  place: string;
  /** Month (1–12) and day, when the dateline gives them. */
  month?: number;
  day?: number;
}

/**
 * An agency's name: capitalised words ("Reuters", "AP", "ANP/AFP", "RIA Novosti") or the German and
 * Austrian agencies written in lower case. A note in brackets ("(pictured)", "(left)") is none.
 */
const AGENCY = String.raw`(?:\p{Lu}[\p{L}.&]*|dpa|epd|kna|apa|sda)`;
const DATELINE = new RegExp(
  String.raw`^(?<place>\p{Lu}[\p{L}.'’-]*(?:/\p{Lu}[\p{L}.'’-]*)*(?: \p{Lu}[\p{L}.'’-]*){0,3})` +
    String.raw`(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})?` +
    String.raw`(?:,? (?:(?<month>\p{L}{3,9})\.? (?<day>\d{1,2})|(?<day2>\d{1,2})\.? (?<month2>\p{L}{3,9})\.?))?` +
    String.raw` ?(?:\((?<agency>${AGENCY}(?:[/ ,]+${AGENCY}){0,3})\))? ?[-–—]{1,2}\s+(?=\S)`,
  'u',
);

const DASH_BLANK = /[-–—]\s/;

/**
 * The dateline at the start of `paragraph`, if there is one. A capitalised word before a dash is
 * not enough ("Paris - the capital…"): the place must be in capitals, or an agency or a date must
 * follow it.
 */
export function datelineAt(paragraph: string): Dateline | undefined {
  // A dash and a blank, which every dateline ends with, are missing from most paragraphs.
  if (!DASH_BLANK.test(paragraph)) return undefined;
  const m = DATELINE.exec(paragraph);
  if (!m?.groups) return undefined;
  const { place = '', agency, day: d1, day2, month: m1, month2 } = m.groups;
  const monthWord = m1 ?? month2;
  const month = monthWord === undefined ? undefined : monthNumber(monthWord);
  if (monthWord !== undefined && month === undefined) return undefined;
  const day = Number(d1 ?? day2);
  if (month !== undefined && (day < 1 || day > 31)) return undefined;
  const shouted = place === place.toUpperCase() && /\p{Lu}{2}/u.test(place);
  if (!shouted && agency === undefined && month === undefined) return undefined;
  return { end: m[0].length, place, ...(month !== undefined ? { month, day } : {}) };
}
