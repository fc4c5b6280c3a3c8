/**
 * A holy day or a festival dates what happens on it and takes part in nothing: "the Yom Kippur
 * service", "an einem Feiertag wie Jom Kippur", "tijdens Jom Kipoer". Single words ("Easter",
 * "Ramadan") are calendar words of the lexicon already; a name of several words that holds one of
 * these is the day, not a person nor an organisation, in English, Dutch and German spellings.
 */
import { fold, type Token } from './text.ts';

const HOLY_DAY_WORDS = new Set([
  'kippur',
  'kipoer',
  'kippoer',
  'hashanah',
  'hashana',
  'hasjana',
  'haschana',
  'sukkot',
  'soekot',
  'shavuot',
  'sjavoeot',
  'schawuot',
  'pesach',
  'passover',
  'purim',
  'poerim',
  'chanukka',
  'chanoeka',
  'hanukkah',
  'ramadan',
  'ramadhan',
  'fitr',
  'adha',
  'nowruz',
  'vesak',
  'diwali',
]);

/** Whether the word, as written, is a holy day's or a festival's name or part of it. */
export function isHolyDayWord(word: string): boolean {
  return HOLY_DAY_WORDS.has(fold(word));
}

/** Whether the tokens [first, end) name a holy day or a festival. */
export function namesHolyDay(tokens: readonly Token[], first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (HOLY_DAY_WORDS.has((tokens[i] as Token).norm)) return true;
  return false;
}
