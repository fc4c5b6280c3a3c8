/**
 * "There were also explosions", "Er waren ook explosies", "Es gab auch Explosionen": a sentence
 * that opens by adding a happening to the one the sentence before told. Naming no place, it adds
 * it where that one was (place-reference.ts); telling no time, at its time and scene
 * (merge/also-joined.ts).
 */
import type { Token } from './tokenize.ts';

/** Each opening's first two words: "also" comes third. */
const ALSO_OPENINGS: Record<string, readonly (readonly [string, string])[]> = {
  en: [
    ['there', 'was'],
    ['there', 'were'],
  ],
  nl: [
    ['er', 'was'],
    ['er', 'waren'],
  ],
  de: [['es', 'gab']],
};
const ALSO: Record<string, string> = { en: 'also', nl: 'ook', de: 'auch' };

/** The "also" of a sentence that opens "There were also", "Er waren ook", "Es gab auch". */
export function alsoOpening(tokens: readonly Token[], lang: string): Token | undefined {
  const also = tokens[2];
  if (!also || also.word !== ALSO[lang]) return undefined;
  const first = tokens[0]?.word;
  const second = tokens[1]?.word;
  return ALSO_OPENINGS[lang]?.some(([a, b]) => a === first && b === second) ? also : undefined;
}

/** The openings as expressions over a sentence's text, by language, for a look without its tokens. */
const OPENS_ADDING = new Map(
  Object.entries(ALSO_OPENINGS).map(([lang, openings]) => [
    lang,
    new RegExp(
      String.raw`^(?:${openings.map(([a, b]) => String.raw`${a}\s+${b}`).join('|')})\s+${ALSO[lang]}(?!\p{L})`,
      'iu',
    ),
  ]),
);

/** Whether `text` opens "There were also", "Er waren ook", "Es gab auch". */
export function opensAdding(text: string, lang: string): boolean {
  return OPENS_ADDING.get(lang)?.test(text) === true;
}
