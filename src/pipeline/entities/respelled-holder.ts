/**
 * "State Minister of Defence Rowan Atkinson" for Ruwan Wijewardene: a machine translation respelled
 * the holder's given name as a familiar one ("Ruwan" as "Rowan") and then took the whole name for
 * its famous bearer's. After a title with one holder for its country, or the document's, a given
 * name close to the holder's but not spelled as he spells it, and one family word the document
 * writes nowhere else, are the holder: a real person of that name would not hold his title.
 */
import type { EntityModel } from './model.ts';
import { similarGivenNames } from './phonetic.ts';
import { writtenAgain, type DocumentContext, type Resolved } from './repair.ts';
import type { Token } from './text.ts';

/** The holder the given name at `given` and the family word after it garble, if any. */
export function respelledHolder(
  model: EntityModel,
  tokens: Token[],
  text: string,
  given: number,
  doc: DocumentContext,
): Resolved | undefined {
  const name = tokens[given];
  const family = tokens[given + 1];
  if (!name?.capitalised || !family?.capitalised || writtenAgain(doc, family)) return undefined;
  const cue = model.roles.cueBefore(tokens, text, given);
  if (!cue) return undefined;
  const holders = model.roles.holdersOf(cue.title, cue.country ?? doc.storyCountry);
  const holder = holders.length === 1 ? holders[0] : undefined;
  const known = holder === undefined ? [] : (model.givenNames.get(holder) ?? []);
  const respelled =
    known.length > 0 &&
    !known.includes(name.norm) &&
    known.some((k) => similarGivenNames(name.norm, k)) &&
    !model.actors
      .get(holder ?? '')
      ?.name.toLowerCase()
      .endsWith(family.norm);
  return respelled && holder ? { type: 'actor', id: holder, resolution: 'context' } : undefined;
}
