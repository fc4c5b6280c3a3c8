import { intlFormat } from 'date-fns';
import type { UiLanguage } from './state.svelte.ts';

/**
 * The date formatting the whole app shares (timeline labels and ticks, lists, sources panel).
 * date-fns's `intlFormat` asks the browser's Intl.DateTimeFormat for weekday and month names in
 * UTC, so no locale tables ship in the bundle and every reader sees the same calendar day. Fields
 * are named one by one and joined in the pattern's order, so a label reads the same in every
 * engine ("Friday 7 Jan", "vrijdag 7 jan") whatever punctuation a locale puts between fields.
 * These are the pattern tokens it knows (date-fns's names for them).
 */
export type DateToken = 'EEEE' | 'EEE' | 'd' | 'MMMM' | 'MMM' | 'yyyy' | 'HH:mm';

/** Tokens that are names (weekdays, months), looked up in the browser's locale data. */
type NameToken = 'EEEE' | 'EEE' | 'MMMM' | 'MMM';

/** The Intl locale of each interface language (also for numbers: "3,000", "3.000"). */
export const intlLocale: Record<UiLanguage, string> = { en: 'en-GB', nl: 'nl' };

const nameOptions: Record<NameToken, Intl.DateTimeFormatOptions> = {
  EEEE: { weekday: 'long' },
  EEE: { weekday: 'short' },
  MMMM: { month: 'long' },
  MMM: { month: 'short' },
};

const pad = (n: number) => String(n).padStart(2, '0');

/** Both interface languages write numbers in Latin digits with a 24-hour clock. */
const numbers: Record<Exclude<DateToken, NameToken>, (d: Date) => string> = {
  d: (d) => String(d.getUTCDate()),
  yyyy: (d) => String(d.getUTCFullYear()),
  'HH:mm': (d) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
};

const isName = (part: string): part is NameToken => Object.hasOwn(nameOptions, part);
const isNumber = (part: string): part is keyof typeof numbers => Object.hasOwn(numbers, part);

// Each intlFormat call builds an Intl formatter (a fraction of a millisecond), so each weekday and
// month is named once per language and token: a few dozen calls in all, not one per label.
const names = new Map<string, string>();

function name(d: Date, token: NameToken, language: UiLanguage): string {
  const value = token === 'EEEE' || token === 'EEE' ? d.getUTCDay() : d.getUTCMonth();
  const key = `${language}|${token}|${value}`;
  let text = names.get(key);
  if (text === undefined) {
    text = intlFormat(d, { ...nameOptions[token], timeZone: 'UTC' }, { locale: intlLocale[language] });
    names.set(key, text);
  }
  return text;
}

/**
 * Formats an instant (epoch ms) in UTC with a pattern of space-separated tokens, e.g. 'EEEE d MMM'
 * or 'd MMMM yyyy'; anything that is not a token is kept as written.
 */
export function formatUtc(ms: number, pattern: string, language: UiLanguage): string {
  const d = new Date(ms);
  return pattern
    .split(' ')
    .map((part) => (isName(part) ? name(d, part, language) : isNumber(part) ? numbers[part](d) : part))
    .join(' ');
}

/** Epoch ms of an ISO day or minute ('2022-01-07', '2022-01-07T09:30'), read as UTC. */
export function parseUtc(iso: string): number {
  return Date.parse(iso.length === 10 ? `${iso}T00:00Z` : `${iso}Z`);
}
