/**
 * "ordered … jailed without bail while they are investigated for sedition over the Sept. 20
 * protests": a written date set between "the" and a noun names that noun's day, as a possessive
 * day does ("Sunday's election"), not the day of what the rest of the sentence tells.
 */
import type { Timex } from '../types.ts';

const THE_BEFORE = /(?<![\p{L}])the\s+$/iu;
/** "the largest failure since the 2008 financial crisis" measures against that day: comparison-baseline rules read it. */
const SINCE_THE_BEFORE = /(?<![\p{L}])since\s+the\s+$/iu;
/** A word in lower case right after the date, not one that goes on with the sentence. */
const NOUN_AFTER =
  /^\s+(?!(?:and|or|but|to|at|in|on|of|for|from|by|with|when|as|was|were|is|are|had|has|have|will|would)(?![\p{L}]))\p{Ll}[\p{Ll}-]+/u;
/** Only a date written with its digits: "the next day" or "the Monday after" name no noun's day. */
const DIGIT = /\d/;

/** The time stage may take the article into the date: "the 22 July attacks" is read as "the 22 July". */
const THE_OPENS = /^the\s/iu;

export function attributiveDate(t: Pick<Timex, 'start' | 'end' | 'text'>, text: string): boolean {
  const article = THE_OPENS.exec(t.text)?.[0].length ?? 0;
  const start = t.start + article;
  return (
    DIGIT.test(t.text) &&
    (article > 0 || THE_BEFORE.test(text.slice(Math.max(0, start - 5), start))) &&
    !SINCE_THE_BEFORE.test(text.slice(Math.max(0, start - 11), start)) &&
    NOUN_AFTER.test(text.slice(t.end, t.end + 30))
  );
}
