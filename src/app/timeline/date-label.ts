import type { When } from '../../schema/events.ts';
import type { UiLanguage } from '../state.svelte.ts';
import { formatUtc } from '../date-format.ts';
import { PART_OF_DAY, t } from '../i18n.ts';
import { parseInstant } from './span.ts';

type Part = keyof typeof PART_OF_DAY;

/** Part-of-day words in the languages the pipeline reads, for values that carry no TIMEX suffix. */
const partWords: [Part, RegExp][] = [
  ['MO', /\b(morning|ochtend|morgen|vormittag)/i],
  ['AF', /\b(afternoon|middag|nachmittag)/i],
  ['EV', /\b(evening|avond|abend)/i],
  ['NI', /\b(night|nacht)/i],
];

function partOfDay(when: When): Part | undefined {
  const suffix = /T(MO|AF|EV|NI)$/.exec(when.value)?.[1] as Part | undefined;
  return suffix ?? partWords.find(([, re]) => re.test(when.text ?? ''))?.[0];
}

/**
 * The article spoke in its own present ("this week", "deze week"); the chronology is read
 * afterwards, so the deictic word shifts to "that"/"die".
 */
function retell(text: string): string {
  return text
    .trim()
    .replace(/\bthis\b/gi, (w) => (w[0] === 'T' ? 'That' : 'that'))
    .replace(/\bdeze\b/gi, (w) => (w[0] === 'D' ? 'Die' : 'die'));
}

function range(fromMs: number, toMs: number, language: UiLanguage): string {
  const from = new Date(fromMs);
  const to = new Date(toMs);
  const sameMonth = from.getUTCFullYear() === to.getUTCFullYear() && from.getUTCMonth() === to.getUTCMonth();
  return `${formatUtc(fromMs, sameMonth ? 'd' : 'd MMM', language)}–${formatUtc(toMs, 'd MMM', language)}`;
}

/** An event's date as a reader should see it: as precise as the text was, in its words where vague. */
export function dateLabel(when: When, language: UiLanguage): string {
  const start = parseInstant(when.start);
  const end = parseInstant(when.end);
  const day = (ms: number) => formatUtc(ms, 'EEEE d MMM', language);
  switch (when.precision) {
    case 'time':
      return when.start === when.end
        ? `${day(start)}, ${formatUtc(start, 'HH:mm', language)}`
        : `${day(start)}, ${formatUtc(start, 'HH:mm', language)}–${formatUtc(end, 'HH:mm', language)}`;
    case 'part-of-day': {
      const part = partOfDay(when);
      return part ? `${day(start)} ${t(language, PART_OF_DAY[part])}` : day(start);
    }
    case 'day':
      return when.start.slice(0, 10) === when.end.slice(0, 10) ? day(start) : range(start, end, language);
    case 'week':
      return when.text
        ? `${retell(when.text)} (${range(start, end, language)})`
        : t(language, 'weekOf', { day: formatUtc(start, 'd MMM', language) });
    case 'month':
      return when.text
        ? `${retell(when.text)} (${formatUtc(start, 'MMMM yyyy', language)})`
        : formatUtc(start, 'MMMM yyyy', language);
    case 'year':
      return formatUtc(start, 'yyyy', language);
    case 'before-publication':
      return t(language, 'beforeDay', { day: formatUtc(end, 'd MMM', language) });
  }
}
