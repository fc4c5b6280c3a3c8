/**
 * A translation or a careless hand splits a family name written as one word ("Mike De Wine" for
 * Mike DeWine, "Ahmed About Taleb" for Ahmed Aboutaleb): the run's last two words written
 * together are a listed person's family name, after given names that fit or none.
 */
import type { EntityModel } from './model.ts';
import { givenNamesFit, type Resolved } from './repair.ts';
import type { Token } from './text.ts';

export function splitFamilyName(model: EntityModel, run: readonly Token[]): Resolved | undefined {
  if (run.length < 2) return undefined;
  const head = run[run.length - 2] as Token;
  const tail = run[run.length - 1] as Token;
  const joined = `${head.text}${tail.text}`.toLowerCase();
  const given = run.slice(0, -2);
  // Alone, the words must spell the name; after given names that fit, they may only sound like it
  // ("About Taleb" doubles the t of Aboutaleb).
  const matches = model.fuzzy
    .lookup(joined)
    .filter(
      (c) =>
        c.distance === 0 &&
        c.target.type === 'actor' &&
        (given.length > 0 || c.name.toLowerCase() === joined),
    );
  const ids = new Set(matches.map((c) => c.target.id));
  const [id] = ids;
  if (ids.size !== 1 || id === undefined || model.actors.get(id)?.kind !== 'person') return undefined;
  if (given.length > 0 && !givenNamesFit(model, id, given)) return undefined;
  return { type: 'actor', id, resolution: 'fuzzy' };
}
