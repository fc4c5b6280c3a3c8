/**
 * "Frank-Walter Stone Meier": the first pass took "Frank" for Peter Frank's family name, though it
 * opens a given name joined by a hyphen to the name the second pass resolved after it. A one-word
 * mention of another person, right before the resolved one and joined to it by a hyphen, that is
 * one of the resolved person's given names, is part of that name.
 */
import type { SentenceState } from './found.ts';
import type { EntityModel } from './model.ts';

/** The token the resolved person's mention starts at: `first`, or that of the given name before it, taken from its wrong mention. */
export function hyphenatedGivenStart(
  model: EntityModel,
  state: SentenceState,
  first: number,
  person: string,
): number {
  const { found, tokens, sentence } = state;
  const at = found.findIndex((f) => f.end === first && f.end - f.first === 1 && f.person && f.id !== person);
  const before = found[at];
  const word = tokens[first - 1];
  const next = tokens[first];
  if (!before || !word || !next || sentence.text.slice(word.end, next.start) !== '-') return first;
  if (!(model.givenNames.get(person) ?? []).includes(word.norm)) return first;
  found.splice(at, 1);
  return before.first;
}
