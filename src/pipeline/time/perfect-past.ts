/**
 * English puts no finished past time on its present perfect: "Norfolk Southern has agreed to pay
 * $600 million to settle a lawsuit over its derailment in Ohio last year" agrees now, and "last
 * year" dates the derailment the lawsuit is about. A past year or month written after the
 * sentence's present perfect, in its clause, dates something the clause names, not what it
 * reports; "since last year" is what the perfect takes.
 */
import type { Timex } from '../types.ts';
import type { Lang } from './lexicon.ts';

/**
 * "has agreed", "have now been charged", "has taken", "has spent": the perfect, a participle after
 * has/have; not a count or a noun that ends alike ("has seven schools", "have children").
 */
const PERFECT =
  /(?<![\p{L}])(?:has|have)\s+(?:(?:now|already|just|also|since|finally)\s+)?(?:been\s+)?(?!(?:seven|eleven|\p{L}*teen|ten|children|women|men|often|even)(?![\p{L}]))\p{L}+(?:ed|en|wn|ent|ught|ade|aid|one|eft|ost|ound|ung)(?![\p{L}])/giu;
const INFINITIVE = /^\s+to\s+\p{L}+/u;
/** What opens another clause between the perfect and the time ("has admitted that he lied last year"). */
const CLAUSE = /(?<![\p{L}])(?:that|which|who|when|after|before|because|while|since|as)(?![\p{L}])|[;:—–]/iu;

/**
 * The span the time dates, [start, end): from after the perfect to the time, where what it names
 * lies ("a lawsuit over its derailment in Ohio last year"); undefined where it dates the sentence.
 */
export function perfectPastClause(
  lang: Lang,
  sentence: string,
  t: Timex,
  dct: string,
): [number, number] | undefined {
  if (lang !== 'en' || (t.precision !== 'year' && t.precision !== 'month')) return undefined;
  if (!t.interval || t.interval.end.slice(0, 10) >= dct) return undefined;
  PERFECT.lastIndex = 0;
  for (let m = PERFECT.exec(sentence); m; m = PERFECT.exec(sentence)) {
    const end = m.index + m[0].length;
    if (end > t.start) return undefined;
    // The perfect's infinitive is its own ("has agreed to pay"), not what the time names.
    const own = end + (INFINITIVE.exec(sentence.slice(end))?.[0].length ?? 0);
    if (!CLAUSE.test(sentence.slice(end, t.start))) return [Math.min(own, t.start), t.end];
  }
  return undefined;
}
