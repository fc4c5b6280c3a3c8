/**
 * The happenings an article named, first first: rare or told once, no tally ("Bei einer
 * Massenpanik"). With a noun, those whose trigger words it shares a stem with: "crash" of
 * "crashed", "Absturzes" of "Absturz". A happening named by a word no trigger takes alone ("on the
 * day of the crash") is known by it.
 */
import { perObject } from '../per-object.ts';
import type { Compiled } from './compiled.ts';
import type { EventLexicon } from './lexicon.ts';

/** How many first letters a noun and a trigger word must share. */
const STEM = 5;

/** The stems of each kind's trigger words, by language and kind. */
const stemsOf = perObject((lexicon: EventLexicon) => {
  const stems = new Map<string, Set<string>>();
  for (const t of lexicon.triggers) {
    const key = `${t.lang}\u0000${t.kind}`;
    const set = stems.get(key) ?? new Set<string>();
    stems.set(key, set);
    for (const word of t.pattern.toLowerCase().split(/\s+/))
      if (/^\p{L}+$/u.test(word) && word.length >= STEM) set.add(word.slice(0, STEM));
  }
  return stems;
});

function isKindWord(lexicon: EventLexicon, lang: string, kind: string, noun: string): boolean {
  const word = noun.toLowerCase();
  return (
    word.length >= STEM && stemsOf(lexicon).get(`${lang}\u0000${kind}`)?.has(word.slice(0, STEM)) === true
  );
}

/** The happenings of the kinds `told` holds (in the order they were first named); with nouns, those one names. */
export function toldHappenings(
  told: ReadonlyMap<string, number>,
  kinds: Compiled['kinds'],
  lexicon: EventLexicon,
  lang: string,
): (nouns?: readonly string[]) => string[] {
  return (nouns) =>
    [...told.keys()].filter((kind) => {
      const entry = kinds.get(kind)?.entry;
      if (!entry || entry.tallied || !(entry.rare || entry.once || entry.far)) return false;
      return nouns === undefined || nouns.some((noun) => isKindWord(lexicon, lang, kind, noun));
    });
}
