/**
 * "Several ministers resigned within minutes of the speech", "kort na de toespraak", "kurz nach der
 * Rede": a time told relative to another happening the text tells is that happening's day, when an
 * earlier sentence of the text dates it ("In a televised address around midday on Wednesday, …").
 */
import { DAY_LEVEL } from '../day-level.ts';
import type { Sentence, When } from '../types.ts';
import type { Lang } from './lexicon.ts';

/**
 * A short time after what a definite noun names, and up to two words of that noun phrase: "within
 * minutes of the speech", "shortly after the announcement", "vlak na de stemming", "kurz nach der
 * Abstimmung".
 */
const SHORTLY_AFTER: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:within\s+(?:minutes|hours|moments)\s+of|(?:shortly|soon|minutes|moments|immediately|right)\s+after)\s+(?:the|his|her|their|its)\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/iu,
  nl: /(?<![\p{L}])(?:kort|vlak|direct|meteen|onmiddellijk|minuten|enkele\s+minuten)\s+na\s+(?:de|het|zijn|haar|hun)\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/iu,
  de: /(?<![\p{L}])(?:kurz|unmittelbar|direkt|gleich|wenige\s+Minuten|Minuten)\s+nach\s+(?:der|dem|seiner|ihrer)\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/iu,
};

/** Words each pattern needs, found without a regex: most sentences are spared the patterns. */
const CUE: Record<Lang, readonly string[]> = {
  en: ['ithin', 'after'],
  nl: [' na '],
  de: [' nach '],
};

/** Nouns of one happening that a text names by one word and then by another ("address", "the speech"). */
const SAME_HAPPENING: readonly (readonly string[])[] = [
  ['speech', 'address', 'toespraak', 'rede', 'ansprache'],
  ['announcement', 'announced', 'aankondiging', 'kondigde', 'ankündigung', 'kündigte'],
  ['vote', 'voted', 'stemming', 'stemde', 'abstimmung', 'stimmte'],
];

/** The shortest stem of a noun that finds its verb or its compounds ("announc" in "announced"). */
const STEM = 6;

/** A word of the noun phrase shorter than this, and no noun of SAME_HAPPENING, is a function word ("van", "of"). */
const SHORTEST = 5;

/** The words that, in an earlier sentence, tell the happening `noun` names. */
function wordsFor(noun: string): readonly string[] {
  const lower = noun.toLowerCase();
  const group = SAME_HAPPENING.find((g) => g.some((w) => lower.endsWith(w)));
  return group ?? (lower.length < SHORTEST ? [] : [lower.slice(0, STEM)]);
}

/**
 * The day of the happening the sentence tells its time relative to, from the nearest earlier
 * sentence of the text that names it and has a day of its own; undefined when none does.
 */
export function shortlyAfterTold(
  lang: Lang,
  sentences: readonly Sentence[],
  own: readonly { when?: When }[],
  i: number,
): When | undefined {
  const text = sentences[i]?.text;
  if (!text || !CUE[lang].some((cue) => text.includes(cue))) return undefined;
  const m = SHORTLY_AFTER[lang].exec(text);
  if (!m?.[1]) return undefined;
  const words = [...wordsFor(m[1]), ...(m[2] ? wordsFor(m[2]) : [])];
  for (let j = i - 1; j >= 0; j--) {
    const when = own[j]?.when;
    if (!when || !DAY_LEVEL.has(when.precision)) continue;
    const earlier = (sentences[j] as Sentence).text.toLowerCase();
    if (words.some((w) => earlier.includes(w))) {
      const day = when.start.slice(0, 10);
      return {
        start: day,
        end: day,
        precision: 'day',
        value: day,
        confidence: Math.round(Math.min(when.confidence, 0.85) * 0.8 * 100) / 100,
      };
    }
  }
  return undefined;
}
