/**
 * Number words in time expressions ("three days", "vierentwintig uur", "zweieinhalb Jahre"): the
 * pattern the rules match them with and the value each stands for.
 */
import { LANGS } from '../langs.ts';
import { CARDINAL_TENS } from '../number-words.ts';
import { LEXICONS, type Lang } from './lexicon.ts';
import { alternation, lookup } from './word-pattern.ts';

/**
 * Numbers 21–99 written as words: "twenty-four", "twenty four", "vierentwintig", "tweeëntwintig",
 * "vierundzwanzig". Built from the tens and ones rather than listed; the rules match them with the
 * compact pattern of numberSource, and look their value up in the lexicon.
 */
const COMPOUND_PARTS: Record<
  Lang,
  { tens: Record<string, number>; ones: Record<string, number>; join: string }
> = {
  en: {
    tens: CARDINAL_TENS.en,
    ones: { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 },
    join: '(?:-|\\s+)',
  },
  nl: {
    tens: CARDINAL_TENS.nl,
    ones: { een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9 },
    join: '(?:en|ën)',
  },
  de: {
    tens: CARDINAL_TENS.de,
    ones: { ein: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 },
    join: 'und',
  },
};

const COMPOUNDS: Record<Lang, Record<string, number>> = { en: {}, nl: {}, de: {} };
for (const lang of LANGS) {
  const { tens, ones } = COMPOUND_PARTS[lang];
  for (const [ten, t] of Object.entries(tens))
    for (const [one, o] of Object.entries(ones)) {
      const words =
        lang === 'en'
          ? [`${ten}-${one}`, `${ten} ${one}`]
          : lang === 'nl'
            ? [`${one}${/e$/.test(one) ? 'ën' : 'en'}${ten}`]
            : [`${one}und${ten}`];
      for (const word of words) COMPOUNDS[lang][word] = t + o;
    }
}

/** Regex source for a number word of `lang`, compounds included, or a vague amount ("several"). */
export function numberSource(lang: Lang): string {
  const { tens, ones, join } = COMPOUND_PARTS[lang];
  const lex = LEXICONS[lang];
  const compound =
    lang === 'en'
      ? `(?:${alternation(Object.keys(tens))})${join}(?:${alternation(Object.keys(ones))})`
      : `(?:${alternation(Object.keys(ones))})${join}(?:${alternation(Object.keys(tens))})`;
  return `${compound}|${alternation([...Object.keys(lex.numbers), ...lex.vague])}`;
}

/** Value of a number word, compounds included. */
export function numberValue(lang: Lang, word: string | undefined): number | undefined {
  return lookup(LEXICONS[lang].numbers, word) ?? lookup(COMPOUNDS[lang], word);
}
