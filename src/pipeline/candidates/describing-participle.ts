/**
 * "among them demonstrators arrested in recent weeks", "de tijdens de protesten omgekomen
 * betogers", "der seit September getöteten Demonstranten": a participle with a
 * span of time ("in recent weeks", "since", "during") describes whom a noun names, gathered over
 * that span; it reports no happening of the sentence's day. "Dozens of students were detained" (an
 * auxiliary before it) and a headline's "Hundreds arrested since Friday" (no noun inside a
 * sentence before it) still report.
 */
import type { TriggerHit } from './happenings.ts';

/** A plural noun of four letters or more right before the participle, not the sentence's first word. */
const ENGLISH_NOUN_BEFORE = /\s(?:\p{Ll}{3,}s|people|men|women|children)\s$/u;
const ENGLISH_PARTICIPLE = /^\p{Ll}+ed$/u;
const ENGLISH_SPAN_AFTER =
  /^\s+(?:in\s+(?:recent|the\s+(?:past|last))|over\s+the\s+(?:past|last)|since|during|throughout)(?![\p{L}])/iu;

/** An article, then a span of time, then the participle: the span belongs to the noun phrase. */
const DUTCH_SPAN_BEFORE =
  /(?:^|\s)(?:de|het|die|deze)\s+(?:sinds|tijdens|in\s+de\s+(?:afgelopen|voorbije|laatste)|de\s+(?:afgelopen|voorbije))\s[^,.;:]{0,40}$/iu;
const DUTCH_PARTICIPLE = /^\p{Ll}+(?:de|te|en)$/u;
const GERMAN_SPAN_BEFORE =
  /(?:^|\s)(?:der|die|das|den|dem|des)\s+(?:seit|während|in\s+den\s+(?:vergangenen|letzten))\s[^,.;:]{0,40}$/iu;
const GERMAN_PARTICIPLE = /^\p{Ll}+(?:e|en|er|es|em)$/u;

/**
 * "The number of protesters killed in recent weeks has risen to 215", "Die Zahl der seit September
 * getöteten Demonstranten": the phrase counts them, a toll that reports.
 */
const TALLY_BEFORE = /(?<![\p{L}])(?:number|total|toll|aantal|zahl|anzahl)\s+(?:of|van|der)\s[^,.;:]*$/iu;

const LOWER_NOUN_AFTER = /^\s\p{Ll}/u;
const CAPITAL_NOUN_AFTER = /^\s\p{Lu}/u;

/** Whether the trigger `h`, a participle, describes a noun over a span of time rather than reporting. */
export function describesOverSpan(h: TriggerHit, text: string): boolean {
  const word = text.slice(h.start, h.end);
  const after = text.slice(h.end, h.end + 40);
  const before = text.slice(Math.max(0, h.start - 70), h.start);
  const describes =
    ENGLISH_PARTICIPLE.test(word) && ENGLISH_SPAN_AFTER.test(after)
      ? ENGLISH_NOUN_BEFORE.test(before)
      : (DUTCH_PARTICIPLE.test(word) && LOWER_NOUN_AFTER.test(after) && DUTCH_SPAN_BEFORE.test(before)) ||
        (GERMAN_PARTICIPLE.test(word) && CAPITAL_NOUN_AFTER.test(after) && GERMAN_SPAN_BEFORE.test(before));
  return describes && !TALLY_BEFORE.test(before);
}

/** "the four men", "the three police officers", "the 12 people": a definite article, a count, a plural noun. */
const DEFINITE_COUNTED_BEFORE =
  /(?:^|\s)the\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:\p{Ll}{3,}s|people|men|women|children|police)\s$/u;
/** A place or occasion right after the participle, so it is no verb with an object ("the two men killed three people"). */
const SETTING_AFTER = /^\s+(?:at|in|during|on|near|inside|outside)\s/iu;

/**
 * "the four men killed at the supermarket were buried in Jerusalem", "honoured the three police
 * officers killed in the attacks": a participle after a counted definite noun says who the noun
 * names, dead of a happening told before; the sentence reports the burial or the tribute.
 */
export function describesCounted(h: TriggerHit, text: string): boolean {
  const word = text.slice(h.start, h.end);
  if (!ENGLISH_PARTICIPLE.test(word) || !SETTING_AFTER.test(text.slice(h.end, h.end + 12))) return false;
  const before = text.slice(Math.max(0, h.start - 70), h.start);
  return DEFINITE_COUNTED_BEFORE.test(before) && !TALLY_BEFORE.test(before);
}
