import { formatUtc } from '../date-format.ts';
import type { UiLanguage } from '../state.svelte.ts';
import { DAY } from './span.ts';
import { strings } from './strings.ts';

/**
 * A count's accessible name: "12 events, 5 Jan–7 Jan". Counts are named by day; the day's start is
 * formatted so the label cache can be reused.
 */
export function countName(count: { count: number; from: number; to: number }, language: UiLanguage): string {
  const day = (ms: number) => formatUtc(Math.floor(ms / DAY) * DAY, 'd MMM', language);
  return `${strings[language].events(count.count)}, ${day(count.from)}–${day(count.to)}`;
}
