/**
 * "Wijewardene zei dinsdag … een vergelding voor de aanslagen op twee moskeeën in Christchurch, op
 * 15 maart. Daarbij kwamen vijftig mensen om het leven.": a sentence that opens with "thereby"
 * ("daarbij", "dabei") tells what happened in the happening the sentence before named last, on
 * that happening's day, not on the day that sentence reports its saying.
 */
import { DAY_LEVEL } from '../day-level.ts';
import type { Timex } from '../types.ts';
import type { Lang } from './lexicon.ts';

/**
 * "Thereby" opening a sentence, then its verb: Dutch "Daarbij kwamen", German "Dabei starben"
 * (not German "Dabei hatte er …", "and yet": only verbs of what befalls people).
 */
const THEREBY: Record<Lang, RegExp> = {
  en: /^In\s+(?:that|those)\s+(?:attacks?|blasts?|explosions?|shootings?|bombings?),\s/u,
  nl: /^(?:Daarbij|Hierbij)\s+(?:kwam|kwamen|vielen|viel|raakte|raakten|werd|werden|overleden|stierven|kwamen)(?![\p{L}])/u,
  de: /^(?:Dabei|Hierbei)\s+(?:starben|starb|kamen|kam|wurden|wurde|gab\s+es)(?![\p{L}])/u,
};

/**
 * The day-level time the previous sentence names last, when `sentence` opens with "thereby" and
 * that time is another than the one the previous sentence is dated by and not after `dct`.
 */
export function namedLastBefore(
  lang: Lang,
  sentence: string,
  previous: readonly Timex[] | undefined,
  previousWhen: string | undefined,
  dct: string,
): Timex | undefined {
  if (!previous || previous.length < 2 || !THEREBY[lang].test(sentence)) return undefined;
  const last = previous.at(-1);
  const day = last?.interval?.start.slice(0, 10);
  if (!last || !day || last.baseline || !DAY_LEVEL.has(last.precision) || day > dct) return undefined;
  return day === previousWhen ? undefined : last;
}
