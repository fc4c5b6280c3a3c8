/**
 * Organisations named after whom or what they serve: "Bank of England", "University of Oxford",
 * "Raad van State". The name after "of" is often a place ("England", "Oxford") or a name nobody
 * listed, and alone it made the organisation a place or an actor of its own. A head noun the
 * data list (`organisationHeads` in data/actors.json), "of"/"van"/"von", an optional article
 * and capitalised words make one organisation's name instead; so do capitalised words before such
 * a head ("Democratic Party").
 */
import { cover, unlisted, type SentenceState, type UnknownNames } from './found.ts';
import { opensClause } from './known.ts';
import { isCommonWord } from './common-words.ts';
import type { EntityModel } from './model.ts';
import { isFunctionWord, isOf, isPersonTitle } from './name-edges.ts';
import type { NameHit } from './name-index.ts';
import { joinsName, unknownNameId, type Token } from './text.ts';
import { monthNumber } from '../date-mentions.ts';
import { isWeekdayName } from '../weekdays.ts';

const ARTICLES = new Set(['the', 'de', 'het', 'der']);

/**
 * Heads that name a building, not a body: "the Hamilton Hotel", "Casa Santa Marta", "die
 * Kathedrale Notre-Dame" are where something happened, a place, never who did it.
 */
const BUILDINGS = new Set(
  'hotel casa palazzo basilica basiliek basilika cathedral kathedraal kathedrale'.split(' '),
);

interface OrganisationSpan {
  first: number;
  /** The head noun ("Bank"). */
  head: number;
  end: number;
}

/** Token `i` follows token `i - 1` as the next word of one name. */
function joined(tokens: Token[], text: string, i: number): boolean {
  const before = tokens[i - 1];
  const t = tokens[i];
  return before !== undefined && t !== undefined && joinsName(text.slice(before.end, t.start));
}

/** The end of "of [the] Capitalised Words" opening at token `i`, if one does. */
function ofPhraseEnd(tokens: Token[], text: string, i: number): number | undefined {
  const of = tokens[i];
  if (!of || of.capitalised || !isOf(of.norm) || !joined(tokens, text, i)) return undefined;
  let name = i + 1;
  const article = tokens[name];
  if (article && !article.capitalised && ARTICLES.has(article.norm) && joined(tokens, text, name)) name++;
  let end = name;
  while (tokens[end]?.capitalised && joined(tokens, text, end)) end++;
  return end > name ? end : undefined;
}

/**
 * The end of capitalised words right after the head: "Hotel Kazakhstan", "Casa Santa Marta",
 * "Universität Leipzig" are the building's or the body's names, not the place's. Days and months
 * stop the name: "the Supreme Court Tuesday ruled"; so does a person's title, which opens the name
 * of who holds it: "EU Council President Charles Michel".
 */
function namedAfterHead(tokens: Token[], text: string, head: number): number | undefined {
  let end = head + 1;
  for (;;) {
    const t = tokens[end];
    if (!t?.capitalised || !joined(tokens, text, end) || isFunctionWord(t.norm)) break;
    if (isWeekdayName(t.norm) || monthNumber(t.norm) !== undefined || isPersonTitle(t.norm)) break;
    end++;
  }
  return end > head + 1 ? end : undefined;
}

function organisationAt(
  model: EntityModel,
  tokens: Token[],
  text: string,
  head: number,
): OrganisationSpan | undefined {
  const t = tokens[head] as Token;
  if (!t.capitalised || !model.organisationHeads.has(t.norm)) return undefined;
  let end = ofPhraseEnd(tokens, text, head + 1) ?? namedAfterHead(tokens, text, head);
  // "Court of Justice of the European Union": one name goes on over every "of".
  if (end !== undefined)
    for (let next = ofPhraseEnd(tokens, text, end); next !== undefined; next = ofPhraseEnd(tokens, text, end))
      end = next;
  // Capitalised words before the head belong to the name ("Reserve Bank of India"), but not a word
  // capitalised only because it opens the sentence ("Former Bank of England governor …").
  let first = head;
  for (;;) {
    const before = tokens[first - 1];
    if (!before?.capitalised || !joined(tokens, text, first) || isFunctionWord(before.norm)) break;
    if (opensClause(tokens, text, first - 1) && isCommonWord(before.norm, model.lexicon)) break;
    first--;
  }
  // Without "of", the head ends a name of capitalised words before it: "Democratic Party",
  // "People Power Party", "Supreme Court".
  if (end === undefined) return first < head ? { first, head, end: head + 1 } : undefined;
  return { first, head, end };
}

function isPerson(model: EntityModel, h: NameHit): boolean {
  return h.name.target.type === 'actor' && model.actors.get(h.name.target.id)?.kind === 'person';
}

/**
 * Covers the sentence's organisation names as names nobody listed, of kind organisation, and
 * returns the listed names found by the first pass that lie outside them ("England" in "Bank of
 * England" is the bank's). A listed name that covers the head noun ("Council of Europe", if the
 * data list it) is kept and makes no organisation name.
 */
export function claimOrganisations(
  model: EntityModel,
  state: SentenceState,
  hits: NameHit[],
  unknowns: UnknownNames,
): NameHit[] {
  if (model.organisationHeads.size === 0) return hits;
  const { tokens, sentence } = state;
  const organisations: OrganisationSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const span = organisationAt(model, tokens, sentence.text, i);
    if (!span || hits.some((h) => h.first <= span.head && h.end > span.head)) continue;
    // A listed person after the name is who holds a post in it ("the chairwoman of the Council of
    // the Representatives Nancy Pelosi"), no word of the organisation's name.
    const holder = hits.find((h) => h.first > span.head + 1 && h.first < span.end && isPerson(model, h));
    if (holder) span.end = holder.first;
    organisations.push(span);
    i = span.end - 1;
  }
  for (const o of organisations) {
    const name = sentence.text.slice((tokens[o.first] as Token).start, (tokens[o.end - 1] as Token).end);
    const id = unknownNameId(name);
    if (!unknowns.names.has(id)) unknowns.names.set(id, name);
    (BUILDINGS.has((tokens[o.head] as Token).norm) ? unknowns.places : unknowns.organisations).add(id);
    cover(state, unlisted(o.first, o.end, 'unknown', id, 'unresolved'));
  }
  if (organisations.length === 0) return hits;
  return hits.filter((h) => !organisations.some((o) => h.first < o.end && h.end > o.first));
}
