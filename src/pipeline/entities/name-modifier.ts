/**
 * A name nobody listed that only qualifies an occasion names no one who takes part: "a Taylor
 * Swift-themed dance class", "een Taylor Swift-dansles" and "einen Taylor-Swift-Tanzkurs" tell of
 * a class, and the singer is neither its victim nor its agent. Those who follow the name
 * ("Maccabi-supporters") and where it lies ("Borisovskoje-begraafplaats") keep it.
 */
import { isHyphen } from './name-edges.ts';
import type { Token } from './text.ts';

/** English words that make a name before their hyphen an adjective of style. */
const STYLE = new Set(['themed', 'style', 'styled', 'inspired', 'like', 'esque', 'lookalike', 'loving']);

/** Occasions a Dutch or German compound names after a name: a class, a party, a concert, a theme. */
const OCCASION =
  /(?:les|lessen|kurs|kurse[ns]?|feest|fest|feier|party|concert|konzert|thema|motto|show|avond|abend)$/;

const GERMAN_ARTICLES = new Set([
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'einen',
  'einem',
  'einer',
  'eines',
]);

/** The first token of the words a hyphen joins that end with the token at `last`. */
function chainStart(tokens: Token[], text: string, last: number): number {
  let i = last;
  while (i > 0 && isHyphen(text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start))) i--;
  return i;
}

/** Whether the run [first, end) is the first part of a compound that names an occasion or a style. */
export function modifiesNoun(tokens: Token[], text: string, run: { end: number; language: string }): boolean {
  const { end, language } = run;
  const last = tokens[end - 1];
  if (!last) return false;
  // German capitalises the compound's noun and joins the whole name to it ("einen Taylor-Swift-Tanzkurs").
  if (language === 'de') {
    const start = chainStart(tokens, text, end - 1);
    return start < end - 1 && OCCASION.test(last.norm) && GERMAN_ARTICLES.has(tokens[start - 1]?.norm ?? '');
  }
  const next = tokens[end];
  if (!next || next.capitalised || !isHyphen(text.slice(last.end, next.start))) return false;
  return language === 'en' ? STYLE.has(next.norm) : OCCASION.test(next.norm);
}
