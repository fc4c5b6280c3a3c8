/**
 * Names nobody listed: registered once by their id, and what a listed person found by part of a
 * name becomes when the rest of the name is another's.
 */
import type { Found, SentenceState, UnknownNames } from './found.ts';
import { titledHolder } from './garbled-given-name.ts';
import type { EntityModel } from './model.ts';
import { unknownNameId, type Token } from './text.ts';

/** The unlisted name the tokens [first, end) spell, registered once: its id. */
export function unknownName(
  text: string,
  tokens: Token[],
  first: number,
  end: number,
  unknowns: UnknownNames,
): string {
  const name = text.slice((tokens[first] as Token).start, (tokens[end - 1] as Token).end);
  const id = unknownNameId(name);
  if (!unknowns.names.has(id)) unknowns.names.set(id, name);
  return id;
}

/** A listed person found in [first, end) is read as the person nobody listed that those words name. */
function becomeUnlisted(
  state: SentenceState,
  found: Found,
  first: number,
  end: number,
  unknowns: UnknownNames,
): void {
  for (let i = first; i < end; i++) state.covered[i] = 1;
  const id = unknownName(state.sentence.text, state.tokens, first, end, unknowns);
  Object.assign(found, { first, end, kind: 'unknown', id, resolution: 'unresolved', person: false });
}

/**
 * A listed person found by part of the name [first, end), the rest another given name: that
 * person's name garbled by a translation where a title the person holds stands before it
 * ("President Yoon Yeo-jeong", "Governor Roger Moore" for Wes Moore), else someone else nobody
 * listed ("the actress Yoon Yeo-jeong", "Melania Trump").
 */
export function otherName(
  model: EntityModel,
  state: SentenceState,
  person: Found,
  first: number,
  end: number,
  garbled: Found['resolution'],
  unknowns: UnknownNames,
): void {
  if (!titledHolder(model, state.tokens, state.sentence.text, { ...person, first })) {
    becomeUnlisted(state, person, first, end, unknowns);
    return;
  }
  for (let i = first; i < end; i++) state.covered[i] = 1;
  Object.assign(person, { first, end, resolution: garbled });
}
