/**
 * Each listed person with given names and the last word of the person's name, folded ("conte" of
 * Giuseppe Conte): what translated names are compared with, built once per model, not per name run.
 */
import type { EntityModel } from './model.ts';
import { fold } from './text.ts';

const FAMILY_WORDS = new WeakMap<EntityModel, readonly (readonly [string, string])[]>();

export function familyWords(model: EntityModel): readonly (readonly [string, string])[] {
  let list = FAMILY_WORDS.get(model);
  if (list === undefined) {
    list = [...model.givenNames.keys()].flatMap((id) => {
      const family = fold(model.actors.get(id)?.name ?? '')
        .split(' ')
        .at(-1);
      return family ? [[id, family] as const] : [];
    });
    FAMILY_WORDS.set(model, list);
  }
  return list;
}
