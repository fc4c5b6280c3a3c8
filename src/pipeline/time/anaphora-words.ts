/**
 * The words of days told relative to another day of the story ("the next day", "'s avonds", "am
 * Vortag"), each with the shift it makes from the day the story is at (see anaphora.ts).
 */
import type { Lang, PartOfDay } from './lexicon.ts';

export interface Shift {
  days: number;
  part?: PartOfDay;
  /** A part of the day alone ("am Abend"): of the story's day, and of no day before the story names one. */
  bare?: boolean;
  /** A week back ("a week earlier"): from publication, with no day of the story before it, only the week is known. */
  week?: boolean;
}

/**
 * Dutch "'s avonds", "'s morgens": an old genitive that, like "in the evening", is a part of the day the
 * story is at. Written with a straight or a curly apostrophe.
 */
function genitiveParts(parts: Record<string, PartOfDay>): Record<string, Shift> {
  const out: Record<string, Shift> = {};
  for (const [word, part] of Object.entries(parts))
    for (const apostrophe of ["'", '\u2019']) out[`${apostrophe}s ${word}`] = { days: 0, part, bare: true };
  return out;
}

export const ANAPHORA_WORDS: Record<Lang, Record<string, Shift>> = {
  en: {
    'the same day': { days: 0 },
    'that same day': { days: 0 },
    'that day': { days: 0 },
    'later that day': { days: 0 },
    'earlier that day': { days: 0 },
    'the next day': { days: 1 },
    'the following day': { days: 1 },
    'a day later': { days: 1 },
    'one day later': { days: 1 },
    'the day before': { days: -1 },
    'the previous day': { days: -1 },
    'a day earlier': { days: -1 },
    // "applied on Friday … closed a week earlier": counted back from the story's day, not publication.
    'a week earlier': { days: -7, week: true },
    'one week earlier': { days: -7, week: true },
    'the next morning': { days: 1, part: 'MO' },
    'the following morning': { days: 1, part: 'MO' },
    'that morning': { days: 0, part: 'MO' },
    'that afternoon': { days: 0, part: 'AF' },
    'that evening': { days: 0, part: 'EV' },
    'that night': { days: 0, part: 'NI' },
    // A bare part of the day ("In the afternoon, clashes broke out") is of the day the story is at.
    'in the morning': { days: 0, part: 'MO', bare: true },
    'in the afternoon': { days: 0, part: 'AF', bare: true },
    'in the evening': { days: 0, part: 'EV', bare: true },
    'in the early morning': { days: 0, part: 'MO', bare: true },
    'in the early afternoon': { days: 0, part: 'AF', bare: true },
    'in the late afternoon': { days: 0, part: 'AF', bare: true },
    'in the early evening': { days: 0, part: 'EV', bare: true },
    'in the late evening': { days: 0, part: 'EV', bare: true },
  },
  nl: {
    'dezelfde dag': { days: 0 },
    'diezelfde dag': { days: 0 },
    'die dag': { days: 0 },
    'de volgende dag': { days: 1 },
    'de dag erna': { days: 1 },
    'een dag later': { days: 1 },
    'de dag ervoor': { days: -1 },
    'de dag daarvoor': { days: -1 },
    'een dag eerder': { days: -1 },
    'een week eerder': { days: -7, week: true },
    'de volgende ochtend': { days: 1, part: 'MO' },
    'die ochtend': { days: 0, part: 'MO' },
    'die middag': { days: 0, part: 'AF' },
    'die avond': { days: 0, part: 'EV' },
    'die nacht': { days: 0, part: 'NI' },
    'in de ochtend': { days: 0, part: 'MO', bare: true },
    'in de middag': { days: 0, part: 'AF', bare: true },
    'in de avond': { days: 0, part: 'EV', bare: true },
    'in de vroege ochtend': { days: 0, part: 'MO', bare: true },
    'in de vroege middag': { days: 0, part: 'AF', bare: true },
    'in de late middag': { days: 0, part: 'AF', bare: true },
    'in de vroege avond': { days: 0, part: 'EV', bare: true },
    'in de late avond': { days: 0, part: 'EV', bare: true },
    'later op de dag': { days: 0 },
    ...genitiveParts({ morgens: 'MO', ochtends: 'MO', middags: 'AF', avonds: 'EV', nachts: 'NI' }),
  },
  de: {
    'selben tag': { days: 0 },
    'gleichen tag': { days: 0 },
    'jenem tag': { days: 0 },
    'nächsten tag': { days: 1 },
    'folgenden tag': { days: 1 },
    'tag darauf': { days: 1 },
    'tags darauf': { days: 1 },
    'einen tag später': { days: 1 },
    vortag: { days: -1 },
    'einen tag zuvor': { days: -1 },
    'eine woche zuvor': { days: -7, week: true },
    'eine woche früher': { days: -7, week: true },
    'nächsten morgen': { days: 1, part: 'MO' },
    'jenem nachmittag': { days: 0, part: 'AF' },
    'jener nacht': { days: 0, part: 'NI' },
    'am vormittag': { days: 0, part: 'MO', bare: true },
    'am mittag': { days: 0, part: 'AF', bare: true },
    'am nachmittag': { days: 0, part: 'AF', bare: true },
    'am späten nachmittag': { days: 0, part: 'AF', bare: true },
    'am frühen nachmittag': { days: 0, part: 'AF', bare: true },
    'am frühen abend': { days: 0, part: 'EV', bare: true },
    'am abend': { days: 0, part: 'EV', bare: true },
    'am späten abend': { days: 0, part: 'EV', bare: true },
    'bis zum mittag': { days: 0, part: 'AF', bare: true },
    'bis zum nachmittag': { days: 0, part: 'AF', bare: true },
    'bis zum abend': { days: 0, part: 'EV', bare: true },
  },
};

export function anaphoraTriggers(lang: Lang): string[] {
  return Object.keys(ANAPHORA_WORDS[lang]);
}
