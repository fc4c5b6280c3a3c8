/**
 * A machine translation garbles the last word of an organisation's name into a near word
 * ("Norfolk Southerly" for Norfolk Southern): the words before it are the opening of one listed
 * organisation's name, word for word, and the last word keeps all of the listed word but its
 * ending. A name that goes on in a longer word ("Royal Dutchman", "National Guardian") or swaps
 * a short word ("Deutsche Bahn" for Bank) is another name: the listed word must be long, and the
 * written one differ only in its last letters.
 */
import type { EntityModel } from './model.ts';
import type { NameHit } from './name-index.ts';
import { isPersonTitle } from './name-edges.ts';
import { joinsName, type Token } from './text.ts';

/** Letters the garble keeps of the listed last word, at least. */
const KEPT = 5;
/** Letters of the listed word's ending the garble may change, and add or drop. */
const ENDING = 2;

/** The listed organisation whose name the tokens at `i` write with a garbled last word. */
export function garbledNameTailAt(
  model: EntityModel,
  tokens: readonly Token[],
  text: string,
  i: number,
): NameHit | undefined {
  const head = tokens[i];
  const next = tokens[i + 1];
  if (!head?.capitalised || !next?.capitalised || head.allCaps) return undefined;
  let hit: NameHit | undefined;
  for (const name of model.names.opening(head.norm)) {
    const end = i + name.tokens.length;
    if (name.target.type !== 'actor' || name.casing !== 'capital' || end < i + 2 || end > tokens.length)
      continue;
    if (!writes(model, tokens, text, i, name.tokens)) continue;
    const kind = model.actors.get(name.target.id)?.kind;
    // A person's garbled family name is the fuzzy matcher's, with its guard rails.
    if (kind === undefined || kind === 'person') continue;
    if (hit && hit.name.target.id !== name.target.id) return undefined;
    hit ??= { first: i, end, name, garbled: true };
  }
  return hit;
}

/** The tokens write the listed name with its last word garbled, capitalised, in one run. */
function writes(
  model: EntityModel,
  tokens: readonly Token[],
  text: string,
  i: number,
  listed: readonly string[],
): boolean {
  const last = listed.length - 1;
  for (let k = 1; k <= last; k++) {
    const tok = tokens[i + k] as Token;
    if (!tok.capitalised || !joinsName(text.slice((tokens[i + k - 1] as Token).end, tok.start))) return false;
    if (k < last && tok.norm !== listed[k]) return false;
  }
  const tail = tokens[i + last] as Token;
  // "Interior Minister" is a title, no garbled "Interior Ministry".
  if (tail.allCaps || model.roles.titleWords.has(tail.norm) || isPersonTitle(tail.norm)) return false;
  return closeEnding(listed[last] as string, tail.norm);
}

/** The written word keeps the listed word but for its last letters ("southern" → "southerly"). */
function closeEnding(listed: string, written: string): boolean {
  if (listed === written || listed.length <= KEPT) return false;
  if (Math.abs(listed.length - written.length) > ENDING) return false;
  const kept = Math.max(KEPT, listed.length - ENDING);
  return written.slice(0, kept) === listed.slice(0, kept);
}
