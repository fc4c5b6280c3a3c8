/**
 * Years and decades in words: "nineteen ninety-six", "the year two thousand", "the nineties",
 * "de jaren negentig", "die neunziger Jahre".
 */
import { CARDINAL_TENS, CARDINAL_UNITS } from '../number-words.ts';
import type { Lang } from './lexicon.ts';
import { alternation, B, E, lookup } from './word-pattern.ts';
import { DIGIT, pattern, type Rule } from './rule.ts';
import { decadeValue, yearValue } from './value.ts';

/** English cardinals split as a spelled year reads them: "nineteen" + "ninety" + "six". */
const units = Object.entries(CARDINAL_UNITS.en);
const TENS: Record<string, number> = { ten: 10, ...CARDINAL_TENS.en };
const ONES: Record<string, number> = Object.fromEntries(units.filter(([, n]) => n < 10));
const TEENS: Record<string, number> = Object.fromEntries(units.filter(([, n]) => n > 10));

/** Years in words, as transcribed broadcasts write them: "nineteen ninety-six", "the year two thousand". */
export function spelledYearRule(): Rule {
  const tens = alternation(Object.keys(TENS));
  const ones = alternation(Object.keys(ONES));
  const teens = alternation(Object.keys(TEENS));
  const source = `${B}(?<x>(?:the\\s+year\\s+)?(?:(?<century>nineteen|eighteen)\\s+(?:(?<tens>${tens})(?:[\\s-](?<ones>${ones}))?|(?<teens>${teens}))|two\\s+thousand(?:\\s+(?:and\\s+)?(?<after>${ones}|${teens}|ten))?))${E}`;
  return {
    name: 'spelled-year',
    re: pattern(source),
    anchors: [['nineteen', 'eighteen', 'two thousand']],
    resolve(m) {
      const g = m.groups ?? {};
      const base = g.century ? (g.century.toLowerCase() === 'nineteen' ? 1900 : 1800) : 2000;
      const rest = g.century
        ? (TENS[g.tens?.toLowerCase() ?? ''] ?? 0) +
          (ONES[g.ones?.toLowerCase() ?? ''] ?? 0) +
          (TEENS[g.teens?.toLowerCase() ?? ''] ?? 0)
        : (ONES[g.after?.toLowerCase() ?? ''] ?? TEENS[g.after?.toLowerCase() ?? ''] ?? (g.after ? 10 : 0));
      return Object.assign(yearValue(base + rest), { relative: false });
    },
  };
}

const DECADE_WORDS: Record<Lang, Record<string, number>> = {
  en: {
    twenties: 20,
    thirties: 30,
    forties: 40,
    fifties: 50,
    sixties: 60,
    seventies: 70,
    eighties: 80,
    nineties: 90,
  },
  // Dutch writes its decades with the plain tens: \"de jaren negentig\".
  nl: CARDINAL_TENS.nl,
  de: {
    zwanziger: 20,
    dreißiger: 30,
    vierziger: 40,
    fünfziger: 50,
    sechziger: 60,
    siebziger: 70,
    achtziger: 80,
    neunziger: 90,
  },
};

/** A word (or a digit) that every spelled decade holds; "the midtwenties" has its word glued to "mid". */
const SPELLED_DECADE_WORDS: Record<Lang, string[]> = {
  en: [DIGIT, ...Object.keys(DECADE_WORDS.en), 'early', 'mid', 'late'],
  nl: ['jaren'],
  de: ['jahre'],
};

const SPELLED_DECADE: Record<Lang, string> = {
  en: "the\\s+(?:(?:early|mid|late)-?\\s*)?(?:(?<word>WORDS)|'(?<digits>\\d)0s)",
  nl: "(?:de\\s+)?jaren\\s+(?:(?<word>WORDS)|'?(?<digits>\\d)0)",
  de: '(?:die|den|der)\\s+(?:(?<word>WORDS)|(?<digits>\\d)0er)(?:\\s+|-)Jahren?',
};

/** Decades without their century: "the nineties", "the '80s", "de jaren negentig", "die 90er Jahre" (20th century). */
export function spelledDecadeRule(lang: Lang): Rule {
  const words = alternation(Object.keys(DECADE_WORDS[lang]));
  return {
    name: 'spelled-decade',
    re: pattern(`${B}(?<x>${SPELLED_DECADE[lang].replace('WORDS', words)})${E}`),
    // The Dutch and German anchor is the word every match holds; the English ones include any digit.
    needs: lang === 'en' ? /ties\b|'\d0s/i : undefined,
    anchors: [SPELLED_DECADE_WORDS[lang]],
    resolve(m) {
      const g = m.groups ?? {};
      const tens = g.word ? lookup(DECADE_WORDS[lang], g.word) : Number(g.digits) * 10;
      if (tens === undefined) return null;
      return Object.assign(decadeValue(1900 + tens), { relative: false });
    },
  };
}

/** Words without which no year or decade in words can match. */
export function spelledTriggers(lang: Lang): string[] {
  return lang === 'en' ? ['nineteen', 'eighteen', 'two thousand', ...Object.keys(DECADE_WORDS.en)] : [];
}
