/**
 * "President Yoon Yeo-jeong" for Yoon Suk Yeol: a machine translation that keeps a title holder's
 * family name, written first as Korean names are, and turns the given name into another famous
 * one. The mirror of "US Secretary of State Tony Blair" (repair.ts), where the given name stays.
 * Without that title it is someone else of the family: "the actress Yoon Yeo-jeong".
 */
import { givenNameSyllable } from './family-names.ts';
import type { Found } from './found.ts';
import type { EntityModel } from './model.ts';
import type { Token } from './text.ts';

/**
 * The end of another given name, when the run at `first` (one capitalised word and its hyphenated
 * syllable, "Yeo-jeong") follows the lone family name of a listed person whose name is written
 * family name first ("Yoon" of Yoon Suk Yeol); else undefined.
 */
export function otherGivenNameEnd(
  model: EntityModel,
  tokens: Token[],
  text: string,
  person: Found,
  first: number,
  end: number,
): number | undefined {
  if (!person.id || person.end !== first || person.end - person.first !== 1 || end - first !== 1)
    return undefined;
  if (!givenNameSyllable(tokens, text, end)) return undefined;
  const family = (tokens[person.first] as Token).norm;
  const name = model.actors.get(person.id)?.name.split(' ') ?? [];
  return name.length > 1 && name[0]?.toLowerCase() === family ? end + 1 : undefined;
}

/** Whether a title the person holds stands right before the name ("President Yoon …"). */
export function titledHolder(model: EntityModel, tokens: Token[], text: string, person: Found): boolean {
  const cue = model.roles.cueBefore(tokens, text, person.first);
  return cue !== undefined && person.id !== undefined && model.roles.holds(person.id, cue.title);
}
