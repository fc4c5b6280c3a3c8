/**
 * Which of a sentence's expressions dates what the sentence reports.
 *
 * Rule: an expression in the main clause beats one in a subordinate clause (after "that", "who",
 * "of whom", "after", "dat", "die", "dass", a dash…), because the main clause carries the reported
 * happening ("Blinken said on Friday that … 2,500 of whom arrived on Thursday" is dated Friday).
 * Among equals, a dated expression beats "now", an hour within a part of the day beats that part,
 * and the first one written wins. Durations without an
 * anchor, sets and vague past references ("recently") date nothing.
 */
import type { Timex } from '../types.ts';
import type { Lang } from './lexicon.ts';
import { deadlineOfPlan, periodDoneFor } from './deadline.ts';

/** An ASCII letter before a word is ruled out first: part of the \p{L} test, far cheaper inside a word. */
const SUBORDINATE: Record<Lang, RegExp> = {
  en: /(?<![a-zA-Z])(?<![\p{L}])(?:that|which|who|whom|whose|when|after|before|because|while|until|if)(?![\p{L}])|[—–;]/giu,
  nl: /(?<![a-zA-Z])(?<![\p{L}])(?:dat|die|welke|wie|toen|nadat|voordat|omdat|terwijl|totdat|als|wanneer)(?![\p{L}])|[—–;]/giu,
  de: /(?<![a-zA-Z])(?<![\p{L}])(?:dass|daß|der|die|das|welche|als|nachdem|bevor|weil|während|bis|wenn)(?![\p{L}])\s*(?=\p{L})|[—–;]/giu,
};

/**
 * Relative pronouns that, right after a comma, open a clause set off by commas: the main clause
 * goes on after the next one ("The boat, which had left Zuwara late on Monday, overturned at 4 a.m.").
 */
const RELATIVE: Record<Lang, RegExp> = {
  en: /^(?:which|who|whom|whose)$/i,
  nl: /^(?:die|welke|wie)$/i,
  de: /^(?:der|die|das|welche)\s*$/i,
};

const AFTER_COMMA = /,\s*$/;

/**
 * The subordinate clauses that lie outside every expression, as [start, end) pairs, flat: a
 * relative clause set off by commas ends at the next comma, any other runs to the sentence's end.
 */
function subordinateSpans(lang: Lang, sentence: string, timexes: Timex[]): number[] {
  const re = SUBORDINATE[lang];
  re.lastIndex = 0;
  const spans: number[] = [];
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const at = m.index;
    const afterComma = AFTER_COMMA.test(sentence.slice(Math.max(0, at - 3), at));
    // German "der"/"die"/"das" are mostly articles: only after a comma do they open a relative clause.
    if (lang === 'de' && /^(der|die|das)$/i.test(m[0].trim()) && !afterComma) continue;
    if (lang === 'nl' && /^die$/i.test(m[0]) && !afterComma) continue;
    if (timexes.some((t) => at >= t.start && at < t.end)) continue;
    const comma = afterComma && RELATIVE[lang].test(m[0]) ? sentence.indexOf(',', at) : -1;
    if (comma < 0) {
      spans.push(at, sentence.length);
      return spans;
    }
    spans.push(at, comma);
    re.lastIndex = comma;
  }
  return spans;
}

function inside(spans: readonly number[], at: number): boolean {
  for (let i = 0; i < spans.length; i += 2)
    if (at >= (spans[i] as number) && at < (spans[i + 1] as number)) return true;
  return false;
}

function datesSomething(t: Timex): boolean {
  return t.interval !== null && t.value !== 'PAST_REF' && t.value !== 'FUTURE_REF';
}

export function chooseTimex(lang: Lang, sentence: string, timexes: Timex[]): Timex | undefined {
  const usable = timexes.filter(
    (t) => datesSomething(t) && !deadlineOfPlan(sentence, t) && !periodDoneFor(lang, sentence, t),
  );
  if (usable.length <= 1) return usable[0];
  const spans = subordinateSpans(lang, sentence, usable);
  const rank = (t: Timex) =>
    (inside(spans, t.start) ? 2 : 0) + (t.value === 'PRESENT_REF' || t.type === 'DURATION' ? 1 : 0);
  const best = usable.reduce((b, t) => (rank(t) < rank(b) ? t : b));
  // "in de nacht van dinsdag op woensdag rond 01.00 uur": the hour within the part of the day it
  // names tells when more precisely, and on which of the night's two days.
  return usable.find((t) => rank(t) === rank(best) && clockWithin(t, best)) ?? best;
}

function clockWithin(t: Timex, part: Timex): boolean {
  if (t.precision !== 'time' || part.precision !== 'part-of-day' || !t.interval || !part.interval)
    return false;
  const day = t.interval.start.slice(0, 10);
  return part.interval.start.slice(0, 10) <= day && day <= part.interval.end.slice(0, 10);
}
