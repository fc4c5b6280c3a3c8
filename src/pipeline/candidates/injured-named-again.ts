/**
 * "where a hospital treated the injured in the open air", "de gewonden werden", "die Verletzten
 * wurden": the injured named as a group with the article and no count are those a report counted
 * before, no injury of their own. "the injured man" is a man the injury befell: a word after the
 * trigger that could be the noun it describes keeps it news.
 */
import type { Token } from './tokenize.ts';

const ARTICLE = new Set(['the', 'de', 'die', 'den']);

/** Words that can follow the group's noun but never be a noun it describes. */
const AFTER_NOUN = new Set(
  [
    'were was are is had have has will would in at to and from who with on of for by under into',
    'werden waren zijn worden wordt in op naar en die met uit van voor door onder bij',
    'wurden waren sind werden wird in im auf nach und die mit aus von für durch unter bei ins zum zur',
  ]
    .join(' ')
    .split(' '),
);

export function injuredNamedAgain(tokens: readonly Token[], start: number): boolean {
  const at = tokens.findIndex((t) => t.start === start);
  if (at < 1 || !ARTICLE.has((tokens[at - 1] as Token).word)) return false;
  const next = tokens[at + 1];
  return next === undefined || AFTER_NOUN.has(next.word);
}
