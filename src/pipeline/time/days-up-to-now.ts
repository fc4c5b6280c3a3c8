/**
 * "Violent protests have been going on in the former Soviet republic for days", "waar al dagen
 * hevige onlusten zijn", "Die Rettungskräfte pumpen seit Tagen Wasser aus der Höhle": what has gone
 * on for days up to now took place in the days before the report, not at some time before it. A
 * past tense ("had kept them away for days", "hatte tagelang gekämpft", "was dagenlang onrustig")
 * measures a stretch of the past that the words do not place.
 */
import type { Timex, When } from '../types.ts';
import { addDays, formatDay, parseDay } from './calendar.ts';
import type { Lang } from './lexicon.ts';

/** The word before a bare "days" that makes it a stretch reaching up to now. */
const UP_TO: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])for\s+$/iu,
  nl: /(?<![\p{L}])al\s+$/iu,
  de: /(?<![\p{L}])seit\s+$/iu,
};

/**
 * The tense that carries a stretch up to now: English needs a present perfect ("has been rioting",
 * "have been restless"); Dutch and German tell it in the present, so any past form rules it out.
 */
const NOW: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:has|have|'ve)\s+(?:\p{L}+\s+)?been(?![\p{L}])/iu,
  nl: /^/u,
  de: /^/u,
};

const PAST: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])had(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:was|waren|had|hadden|werd|werden)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:war|waren|hatte|hatten|wurde|wurden)(?![\p{L}])/iu,
};

/** How many days before the report "for days" reaches back. */
const DAYS_BACK = 6;

const CONFIDENCE = 0.5;

/**
 * Where the clause of the stretch ends: a clause after it ("nadat de prijs werd verhoogd") tells
 * what came before, in its own tense.
 */
const CLAUSE_END = /[,;:]|(?<![\p{L}])(?:after|since|when|nadat|sinds|toen|nachdem|seitdem|als)(?![\p{L}])/iu;

/** Whether `t` is a bare "days" that the sentence tells as going on up to now. */
export function daysUpToNow(lang: Lang, sentence: string, t: Timex): boolean {
  if (t.type !== 'DURATION' || t.value !== 'PXD' || t.interval !== null) return false;
  if (!UP_TO[lang].test(sentence.slice(Math.max(0, t.start - 8), t.start))) return false;
  const after = sentence.slice(t.end).search(CLAUSE_END);
  const clause = sentence.slice(0, after < 0 ? sentence.length : t.end + after);
  return NOW[lang].test(clause) && !PAST[lang].test(clause);
}

/**
 * The days up to and including the publication day `dct`, as a stretch of about a week, when one of
 * the sentence's `timexes` tells what goes on as going on for days up to now.
 */
export function daysUpTo(
  lang: Lang,
  sentence: string,
  timexes: readonly Timex[],
  dct: string,
  monthOnly: boolean,
): When | undefined {
  const day = parseDay(dct);
  const t = monthOnly ? undefined : timexes.find((x) => daysUpToNow(lang, sentence, x));
  if (!day || !t) return undefined;
  const start = formatDay(addDays(day, -DAYS_BACK));
  const text = (UP_TO[lang].exec(sentence.slice(Math.max(0, t.start - 8), t.start))?.[0] ?? '') + t.text;
  return { start, end: dct, precision: 'week', value: start, text, confidence: CONFIDENCE };
}
