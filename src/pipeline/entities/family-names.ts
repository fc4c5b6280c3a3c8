/**
 * Names written family name first, as Korean, Chinese and Vietnamese names are ("Kim Yong-hyun",
 * "Yoon Suk Yeol"): where such a name ends, where its family name stands, and whether a found
 * name reads so.
 */
import { isCommonWord } from './common-words.ts';
import type { Lexicon } from './lexicon.ts';
import { isHyphen, isNameParticle } from './name-edges.ts';
import type { Token } from './text.ts';

/** Longest second syllable of a hyphenated Korean or Chinese given name ("Jae-myung"). */
const SYLLABLE = /^[a-z]{1,5}$/;

/** Short English words that end a compound adjective after a name ("Trump-led", "Obama-era"). */
const COMPOUND_ENDS = new Set(
  'led run ruled based born bred era style like made owned type free wide held old aged bound proof class level scale'.split(
    ' ',
  ),
);

/** Whether an English word ends a compound adjective after a name: "led" in "Trump-led". */
export function endsCompoundAdjective(word: string): boolean {
  return COMPOUND_ENDS.has(word);
}

/**
 * A lowercase syllable hyphenated to the capitalised word before it ends a name of two words or
 * more: Korean and Chinese given names are written so ("Kim Yong-hyun", "Han Duck-soo", "Tsai
 * Ing-wen"). An English word there makes a compound adjective instead ("Donald Trump-led").
 */
export function givenNameSyllable(tokens: Token[], text: string, i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  if (t === undefined || before === undefined || t.capitalised || !SYLLABLE.test(t.text)) return false;
  if (COMPOUND_ENDS.has(t.text) || isNameParticle(t.text)) return false;
  // "Île-de-France": a hyphen after it goes on with a word, no given name ends there.
  return isHyphen(text.slice(before.end, t.start)) && !isHyphen(text.slice(t.end, t.end + 1));
}

/**
 * Where a run ending in a hyphenated given name ("Han Duck-soo") has its family name: the word
 * before the given name, which stays in the name though it is an ordinary word ("Han", "Park").
 */
export function familyNameAt(tokens: Token[], end: number): number {
  const last = tokens[end - 1];
  return last !== undefined && !last.capitalised && end >= 3 ? end - 3 : end;
}

/**
 * A name written family name first, as Korean, Chinese and Vietnamese names are: one with a
 * hyphenated given name ("Kim Yong-hyun", "Han Duck-soo"), or of three words none of which is
 * an ordinary word or an acronym ("Yoon Suk Yeol", "Nguyen Phu Trong"), which an organisation's
 * name seldom is ("People Power Party"). A one-syllable family name may be a word of some
 * language ("Kim", "Han", "Park") when its two given names are syllables no dictionary lists
 * ("Kim Yong Hyun").
 */
export function familyNameFirst(
  tokens: Token[],
  f: { first: number; end: number },
  lexicon: Lexicon,
): boolean {
  if (!(tokens[f.end - 1] as Token).capitalised) return true;
  if (f.end - f.first !== 3) return false;
  const syllables = [f.first, f.first + 1, f.first + 2].every((i) =>
    SYLLABLE.test((tokens[i] as Token).norm),
  );
  for (let i = f.first; i < f.end; i++) {
    const t = tokens[i] as Token;
    if (t.allCaps || (isCommonWord(t.norm, lexicon) && !(syllables && i === f.first))) return false;
  }
  return true;
}
