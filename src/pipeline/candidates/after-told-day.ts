/**
 * Happenings told after a day they did not happen on, which reached their place or came about on
 * that day or after it, up to publication:
 * - one that spread, dated only by the sentence before it: "The unrest began on Sunday in the oil
 *   town of Zhanaozen … Protests spread to the regional capital Aktau and then to other cities"
 *   (Trouw's "Maandag sloegen de demonstraties over naar … Aktau" tells the day);
 * - one told "later" than the day its sentence names for something else, from the day after it:
 *   "The previous official toll was 164, reported by state media last Sunday and later withdrawn",
 *   "hatte am Sonntag von 164 Toten gesprochen, diese Angabe später aber wieder zurückgezogen";
 * - one told "later" than a time of day, named or borrowed: in the night after an evening ("opened
 *   fire shortly before 10 p.m. and was later found dead"), else on that day or one up to publication.
 */
import type { When } from '../types.ts';
import { shift } from '../iso-day.ts';
import { LATER as OFFSET_LATER } from '../time/offset.ts';
import { untilPublication } from './time.ts';

const SPREAD =
  /(?<![\p{L}])(?:spread(?:s|ing)?\s+(?:to|into|across)|(?:sloeg|sloegen|slaat|slaan)\s+(?:[\p{L}]+\s+){0,3}over\s+naar|verspreid(?:de|den)?\s+zich|breidde(?:n)?\s+zich|(?:weitete|weiteten|breitete|breiteten)\s+sich|ausgeweitet|übergegriffen|(?:griff|griffen)\s+(?:[\p{L}]+\s+){0,6}über)(?![\p{L}])/iu;

/** "later", "später", "daarna": what follows happened after the time told before it. */
const LATER =
  /(?<![\p{L}])(?:later|subsequently|afterwards|daarna|vervolgens|später|danach|anschließend)(?![\p{L}])/iu;

/** What the candidate stage knows of the trigger and the time that dates it. */
export interface Told {
  text: string;
  /** Where the sentence's time came from ("own", "context", "publication"). */
  timeFrom: string;
  /** Where the trigger's words end in `text` ("Toten … zurückgezogen"). */
  triggerEnd: number;
  /** Where the time that dates the trigger ends in `text`, if the sentence names it ("hours later" is no later than itself). */
  timeEnd: number | undefined;
}

/**
 * The span from the day told up to publication, where the happening spread from a day borrowed
 * from context or is told "later" than a day named before its trigger's last word; else `when`.
 * "Arrested on Sunday and later released": the arrest ends before "later", the release after it.
 */
export function afterToldDay(when: When, told: Told, published: string): When {
  if (when.start.slice(0, 10) >= published) return when;
  if (when.precision === 'time' || when.precision === 'part-of-day')
    return afterToldHour(when, told, published);
  if (when.precision !== 'day') return when;
  const spread = told.timeFrom === 'context' && SPREAD.test(told.text);
  const later =
    told.timeEnd !== undefined &&
    told.timeEnd < told.triggerEnd &&
    LATER.test(told.text.slice(told.timeEnd, told.triggerEnd).replace(OFFSET_LATER, ''));
  if (spread) return untilPublication(when, published);
  if (!later) return when;
  // Told "later" than its day, it came about on a later day: "hours later" is the time's own word.
  const next = shift(when.start.slice(0, 10), 1);
  return next > published
    ? when
    : untilPublication({ ...when, start: next, end: next, value: next }, published);
}

/** An evening or a night, or a time of day from 5 p.m.: what comes "later" comes in the night. */
const EVENING = /T(?:EV|NI|1[7-9]:|2\d:)/;

/**
 * "opened fire at two shisha bars shortly before 10 p.m. and was later found dead at his home", "De
 * vermoedelijke dader … is later dood aangetroffen" after "woensdagavond": told "later" than a time
 * of day, named or borrowed from the sentence before, it came about after it, not at that hour: in
 * the night after an evening (which runs into the small hours), else on a day up to publication.
 */
function afterToldHour(when: When, told: Told, published: string): When {
  const from = told.timeEnd ?? (told.timeFrom === 'context' ? 0 : undefined);
  if (from === undefined || from >= told.triggerEnd) return when;
  if (!LATER.test(told.text.slice(from, told.triggerEnd).replace(OFFSET_LATER, ''))) return when;
  const day = when.start.slice(0, 10);
  // "10 p.m." is the hour it came after, no words of its own time.
  const rest: When = { ...when };
  delete rest.text;
  if (EVENING.test(when.value))
    return { ...rest, start: day, end: day, precision: 'part-of-day', value: `${day}TNI` };
  return untilPublication({ ...rest, start: day, end: day, value: day }, published);
}
