/**
 * "Coulibaly hatte … Kunden als Geiseln genommen", "took customers hostage", "heeft klanten in
 * gijzeling genomen": the hostages are the noun of the hostage phrase. Where that noun names nobody,
 * the person the sentence names took them and is not whom it befell.
 */
import type { Mention } from '../types.ts';

/** The trigger is the phrase itself; its object stands right before it. */
const PHRASE_FIRST = /^(?:als\s+geisel|as\s+hostage|in\s+gijzeling)/iu;
/** The trigger is the verb of taking; its object stands between it and the phrase. */
const VERB_FIRST =
  /^\p{L}+\s+((?:[\p{L}\d-]+\s+){1,4}?)(?:hostages?|als\s+geiseln?|in\s+gijzeling)(?![\p{L}])/iu;
const WORD_BEFORE = /(\p{L}+)\s+$/u;
/** A passive's auxiliary or a pronoun before the phrase: the hostage is named elsewhere. */
const NOT_A_NOUN = new Set(
  [
    'was were been being is are him her them us me',
    'wurde wurden werden worden ist sind war waren ihn sie uns mich',
    'werd werden is zijn was waren hem haar hen hun ons mij',
  ]
    .join(' ')
    .split(' '),
);

/** Whether the hostage phrase of the trigger at `trigger` takes a noun that names no person. */
export function unnamedHostages(
  text: string,
  mentions: readonly Mention[],
  trigger: number,
  isPerson: (m: Mention) => boolean,
): boolean {
  const from = text.slice(trigger);
  const named = (start: number, end: number) =>
    mentions.some((m) => isPerson(m) && m.end > start && m.start < end);
  if (PHRASE_FIRST.test(from)) {
    const word = WORD_BEFORE.exec(text.slice(Math.max(0, trigger - 40), trigger))?.[1];
    if (word === undefined || NOT_A_NOUN.has(word.toLowerCase())) return false;
    return !named(trigger - word.length - 1, trigger);
  }
  const verbFirst = VERB_FIRST.exec(from);
  const object = verbFirst?.[1];
  if (verbFirst === null || object === undefined) return false;
  const words = object.trim().split(/\s+/);
  if (words.some((w) => NOT_A_NOUN.has(w.toLowerCase()))) return false;
  const start = trigger + from.indexOf(object);
  return !named(start, start + object.length);
}
