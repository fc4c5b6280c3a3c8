/**
 * "Zwölf Menschen starben, rund 70 wurden verletzt, einige so schwer, dass sie bis heute nicht …":
 * a state that lasts until the day the report is written ("bis heute", "until today", "tot
 * vandaag") dates nothing the sentence tells as done; the toll keeps the day told before.
 */
import type { Timex } from '../types.ts';
import { endsSpan } from './tense.ts';

/**
 * Whether `t` is the publication day `dct` itself ending a span that lasts until now. A clock time
 * ends a span of that day ("halted all flights until 10 a.m."), which it still dates.
 */
export function lastsUntilNow(sentence: string, t: Timex, dct: string): boolean {
  return (
    t.precision === 'day' &&
    t.interval !== null &&
    t.interval.start.slice(0, 10) === dct &&
    endsSpan(sentence, t.start)
  );
}
