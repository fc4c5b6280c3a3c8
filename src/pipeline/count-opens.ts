/**
 * A sentence may open with a count: "… fewer than in the nights before. 45 police officers were
 * injured.", "… teilte das Innenministerium mit. 1350 Autos wurden angezündet". After a full stop a
 * number goes on the sentence before only as a date or an ordinal ("am 7. Januar", "ihr 13.
 * Sanktionspaket"), a number broken at its point ("3. 000") or after an abbreviation ("approx. 50",
 * "Jan. 6"). So a number starts a sentence when a word of its own ends the one before and a noun
 * phrase and a finite verb follow it.
 */
import { cutAfter } from './cut-after.ts';

/** A word of at least three letters closing the piece with its full stop: no initial, no ordinal. */
const WORD_ENDS = /(?<![\p{L}\p{N}.])(\p{L}{3,})\.$/u;

/** Abbreviations that stand before a number: amounts, approximations, references and months. */
const BEFORE_NUMBER = new Set(
  (
    'approx appr est incl excl mln mio mrd bln mld nos vol fig art sec par abs resp ong bijv insg inkl ' +
    'zzgl bzw mind max min ggf vgl ziff kap tab abb std tel jan feb mar apr jun jul aug sep sept oct okt ' +
    'nov dec dez mrt'
  ).split(' '),
);

/** A count, one to five words of its noun phrase, then a finite verb, by language. */
const COUNT_THEN_VERB: Record<string, RegExp> = {
  en: /^\d+(?:[.,]\d+)*\s+(?:[\p{L}\p{N}'’-]+\s+){1,5}?(?:were|was|are|is|have|has|had|will|would|remain|remained|\p{Ll}+ed)(?![\p{L}])/u,
  nl: /^\d+(?:[.,]\d+)*\s+(?:[\p{L}\p{N}'’-]+\s+){1,5}?(?:werden|waren|zijn|worden|hebben|hadden|zitten|zaten|raakten|kwamen|\p{Ll}+(?:den|ten))(?![\p{L}])/u,
  de: /^\d+(?:[.,]\d+)*\s+(?:[\p{L}\p{N}'’-]+\s+){1,5}?(?:wurden|waren|sind|werden|haben|hatten|kamen|starben|\p{Ll}+ten)(?![\p{L}])/u,
};

/** A point after a word, then a number: where a count may open a sentence inside a piece. */
const POINT_BEFORE_NUMBER = /(?<=\p{L}\.)\s+(?=\d)/gu;

/** Whether `head`, after the piece `before`, is a sentence of its own that opens with a count. */
export function opensWithCount(before: string, head: string, lang: string): boolean {
  const word = WORD_ENDS.exec(before)?.[1];
  if (word === undefined || BEFORE_NUMBER.has(word.toLowerCase())) return false;
  return (COUNT_THEN_VERB[lang] ?? COUNT_THEN_VERB.en)?.test(head) === true;
}

/**
 * The piece cut before every sentence inside it that opens with a count: German's segmenter never
 * ends a sentence before a number.
 */
export function cutBeforeCounts(piece: string, lang: string): string[] {
  return cutAfter(piece, POINT_BEFORE_NUMBER, (before, after) => opensWithCount(before, after, lang));
}
