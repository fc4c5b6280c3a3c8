/**
 * "The unrest began on Sunday in the oil town of Zhanaozen … Protests spread to the regional
 * capital Aktau and then to other cities": a happening that spread to a place, dated only by the
 * sentence before it, reached there on that day or after it, up to publication; Trouw's "Maandag
 * sloegen de demonstraties over naar … Aktau" tells the day.
 */
import type { When } from '../types.ts';
import { untilPublication } from './time.ts';

const SPREAD =
  /(?<![\p{L}])(?:spread(?:s|ing)?\s+(?:to|into|across)|(?:sloeg|sloegen|slaat|slaan)\s+(?:[\p{L}]+\s+){0,3}over\s+naar|verspreid(?:de|den)?\s+zich|breidde(?:n)?\s+zich|(?:weitete|weiteten|breitete|breiteten)\s+sich|ausgeweitet|übergegriffen|(?:griff|griffen)\s+(?:[\p{L}]+\s+){0,6}über)(?![\p{L}])/iu;

/**
 * The span from the borrowed day up to publication, where the sentence takes its day from context
 * (`timeFrom`) and says the happening spread; else `when`.
 */
export function spreadAfter(when: When, text: string, timeFrom: string, published: string): When {
  if (timeFrom !== 'context' || when.precision !== 'day' || when.start.slice(0, 10) >= published) return when;
  return SPREAD.test(text) ? untilPublication(when, published) : when;
}
