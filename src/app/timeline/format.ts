import { format, type Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { nl } from 'date-fns/locale/nl';
import type { UiLanguage } from '../state.svelte.ts';

const locales: Record<UiLanguage, Locale> = { en: enGB, nl };

/**
 * Formats an instant as UTC with date-fns: date-fns formats in the browser's zone, so the UTC
 * fields are copied into a local Date first and readers everywhere see the same calendar day.
 * Dutch abbreviates weekdays in two letters ("ma", not date-fns's "maa").
 */
export function formatUtc(ms: number, pattern: string, language: UiLanguage): string {
  // Zooming relabels the same ticks and days frame after frame; date-fns is the costly part.
  const key = `${ms}|${pattern}|${language}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (cache.size > 4000) cache.clear();
  const text = formatFresh(ms, pattern, language);
  cache.set(key, text);
  return text;
}

const cache = new Map<string, string>();

function formatFresh(ms: number, pattern: string, language: UiLanguage): string {
  const d = new Date(ms);
  const local = new Date(
    d.getUTCFullYear(),
    d.getUTCMonth(),
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
  );
  return format(local, language === 'nl' ? pattern.replace(/\bEEE\b/, 'EEEEEE') : pattern, {
    locale: locales[language],
  });
}
