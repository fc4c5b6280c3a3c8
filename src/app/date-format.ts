import { intlFormat } from 'date-fns';
import type { UiLanguage } from './state.svelte.ts';

/**
 * The date formatting the whole app shares (timeline labels and ticks, lists, sources panel).
 * date-fns's `intlFormat` hands each field to the browser's Intl.DateTimeFormat in UTC, so no
 * locale tables ship in the bundle and every reader sees the same calendar day. Fields are named
 * field by field and joined in the pattern's order, so a label reads the same in every engine
 * ("Friday 7 Jan", "vrijdag 7 jan") whatever punctuation a locale puts between fields.
 */
export type DateToken = 'EEEE' | 'EEE' | 'd' | 'MMMM' | 'MMM' | 'yyyy' | 'HH:mm';

const intlLocale: Record<UiLanguage, string> = { en: 'en-GB', nl: 'nl' };

const fieldOptions: Record<DateToken, Intl.DateTimeFormatOptions> = {
  EEEE: { weekday: 'long' },
  EEE: { weekday: 'short' },
  d: { day: 'numeric' },
  MMMM: { month: 'long' },
  MMM: { month: 'short' },
  yyyy: { year: 'numeric' },
  'HH:mm': { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};

/** The part of an instant a field shows: the seven weekdays and twelve months are named once each. */
const fieldValue: Record<DateToken, (d: Date) => number> = {
  EEEE: (d) => d.getUTCDay(),
  EEE: (d) => d.getUTCDay(),
  d: (d) => d.getUTCDate(),
  MMMM: (d) => d.getUTCMonth(),
  MMM: (d) => d.getUTCMonth(),
  yyyy: (d) => d.getUTCFullYear(),
  'HH:mm': (d) => d.getUTCHours() * 60 + d.getUTCMinutes(),
};

const isToken = (part: string): part is DateToken => part in fieldOptions;

// Zooming relabels the same ticks frame after frame, and Intl formatters are costly to create.
const cache = new Map<string, string>();

function field(d: Date, token: DateToken, language: UiLanguage): string {
  const key = `${language}|${token}|${fieldValue[token](d)}`;
  let text = cache.get(key);
  if (text === undefined) {
    text = intlFormat(d, { ...fieldOptions[token], timeZone: 'UTC' }, { locale: intlLocale[language] });
    cache.set(key, text);
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
    .map((part) => (isToken(part) ? field(d, part, language) : part))
    .join(' ');
}

/** Epoch ms of an ISO day or minute ('2022-01-07', '2022-01-07T09:30'), read as UTC. */
export function parseUtc(iso: string): number {
  return Date.parse(iso.length === 10 ? `${iso}T00:00Z` : `${iso}Z`);
}
