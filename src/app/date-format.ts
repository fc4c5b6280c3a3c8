import { intlFormat } from 'date-fns';
import type { UiLanguage } from './state.svelte.ts';

/**
 * The date formatting the whole app shares (timeline labels and ticks, lists, sources panel).
 * date-fns's `intlFormat` hands each field to the browser's Intl.DateTimeFormat in UTC, so no
 * locale tables ship in the bundle and every reader sees the same calendar day. Fields are named
 * field by field and joined in the pattern's order, so a label reads the same in every engine
 * ("Friday 7 Jan", "vrijdag 7 jan") whatever punctuation a locale puts between fields.
 * These are the pattern tokens it knows (date-fns's names for them).
 */
export type DateToken = 'EEEE' | 'EEE' | 'd' | 'MMMM' | 'MMM' | 'yyyy' | 'HH:mm';

/** What Intl names on its own: the clock's hour and minute are separate fields. */
type Field = Exclude<DateToken, 'HH:mm'> | 'HH' | 'mm';

const intlLocale: Record<UiLanguage, string> = { en: 'en-GB', nl: 'nl' };

const fieldOptions: Record<Field, Intl.DateTimeFormatOptions> = {
  EEEE: { weekday: 'long' },
  EEE: { weekday: 'short' },
  d: { day: 'numeric' },
  MMMM: { month: 'long' },
  MMM: { month: 'short' },
  yyyy: { year: 'numeric' },
  HH: { hour: '2-digit', hourCycle: 'h23' },
  mm: { minute: '2-digit' },
};

/** The part of an instant a field shows: each weekday, month, hour and minute is named once. */
const fieldValue: Record<Field, (d: Date) => number> = {
  EEEE: (d) => d.getUTCDay(),
  EEE: (d) => d.getUTCDay(),
  d: (d) => d.getUTCDate(),
  MMMM: (d) => d.getUTCMonth(),
  MMM: (d) => d.getUTCMonth(),
  yyyy: (d) => d.getUTCFullYear(),
  HH: (d) => d.getUTCHours(),
  mm: (d) => d.getUTCMinutes(),
};

const isToken = (part: string): part is DateToken => part === 'HH:mm' || part in fieldOptions;

// Zooming relabels the same ticks frame after frame, and each Intl formatter costs ~0.1 ms to make.
const cache = new Map<string, string>();

function field(d: Date, name: Field, language: UiLanguage): string {
  const key = `${language}|${name}|${fieldValue[name](d)}`;
  let text = cache.get(key);
  if (text === undefined) {
    text = intlFormat(d, { ...fieldOptions[name], timeZone: 'UTC' }, { locale: intlLocale[language] });
    // Intl leaves a lone minute unpadded ("5"); the clock reads "09:05".
    if (name === 'mm') text = text.padStart(2, '0');
    cache.set(key, text);
  }
  return text;
}

function token(d: Date, name: DateToken, language: UiLanguage): string {
  return name === 'HH:mm'
    ? `${field(d, 'HH', language)}:${field(d, 'mm', language)}`
    : field(d, name, language);
}

/**
 * Formats an instant (epoch ms) in UTC with a pattern of space-separated tokens, e.g. 'EEEE d MMM'
 * or 'd MMMM yyyy'; anything that is not a token is kept as written.
 */
export function formatUtc(ms: number, pattern: string, language: UiLanguage): string {
  const d = new Date(ms);
  return pattern
    .split(' ')
    .map((part) => (isToken(part) ? token(d, part, language) : part))
    .join(' ');
}

/** Epoch ms of an ISO day or minute ('2022-01-07', '2022-01-07T09:30'), read as UTC. */
export function parseUtc(iso: string): number {
  return Date.parse(iso.length === 10 ? `${iso}T00:00Z` : `${iso}Z`);
}
