/**
 * Which of a sentence's expressions dates what the sentence reports.
 *
 * Rule: an expression in the main clause beats one in a subordinate clause (after "that", "who",
 * "of whom", "after", "dat", "die", "dass", a dash…), because the main clause carries the reported
 * happening ("Blinken said on Friday that … 2,500 of whom arrived on Thursday" is dated Friday).
 * Among equals, a dated expression beats "now", and the first one written wins. Durations without an
 * anchor, sets and vague past references ("recently") date nothing.
 */
import type { Timex } from '../types.ts';
import type { Lang } from './lexicon.ts';

/** An ASCII letter before a word is ruled out first: part of the \p{L} test, far cheaper inside a word. */
const SUBORDINATE: Record<Lang, RegExp> = {
  en: /(?<![a-zA-Z])(?<![\p{L}])(?:that|which|who|whom|whose|when|after|before|because|while|until|if)(?![\p{L}])|[—–;]/giu,
  nl: /(?<![a-zA-Z])(?<![\p{L}])(?:dat|die|welke|wie|toen|nadat|voordat|omdat|terwijl|totdat|als|wanneer)(?![\p{L}])|[—–;]/giu,
  de: /(?<![a-zA-Z])(?<![\p{L}])(?:dass|daß|der|die|welche|als|nachdem|bevor|weil|während|bis|wenn)(?![\p{L}])\s*(?=\p{L})|[—–;]/giu,
};

/** Start of the first subordinate clause that lies outside every expression, or the sentence length. */
function mainClauseEnd(lang: Lang, sentence: string, timexes: Timex[]): number {
  const re = SUBORDINATE[lang];
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const at = m.index;
    // German "der"/"die" are mostly articles: only after a comma do they open a relative clause.
    if (lang === 'de' && /^(der|die)$/i.test(m[0].trim()) && !/,\s*$/.test(sentence.slice(0, at))) continue;
    if (lang === 'nl' && /^die$/i.test(m[0]) && !/,\s*$/.test(sentence.slice(0, at))) continue;
    if (!timexes.some((t) => at >= t.start && at < t.end)) return at;
  }
  return sentence.length;
}

function datesSomething(t: Timex): boolean {
  return t.interval !== null && t.value !== 'PAST_REF' && t.value !== 'FUTURE_REF';
}

export function chooseTimex(lang: Lang, sentence: string, timexes: Timex[]): Timex | undefined {
  const usable = timexes.filter(datesSomething);
  if (usable.length <= 1) return usable[0];
  const boundary = mainClauseEnd(lang, sentence, usable);
  const rank = (t: Timex) =>
    (t.start < boundary ? 0 : 2) + (t.value === 'PRESENT_REF' || t.type === 'DURATION' ? 1 : 0);
  return usable.reduce((best, t) => (rank(t) < rank(best) ? t : best));
}
