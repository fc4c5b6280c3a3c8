/**
 * A machine translation splits a family name it reads as two words: "Ahmed About Taleb" for Ahmed
 * Aboutaleb. The last two words of a run, written together, sound as a listed person's name.
 */
import type { EntityModel } from './model.ts';
import { phoneticKey } from './phonetic.ts';
import { givenNamesFit, type DocumentContext, type Resolved } from './repair.ts';
import type { TitleCue } from './roles.ts';
import type { Token } from './text.ts';

/** Letters the joined name must have at least: two short words joined are too often someone's name. */
const MIN_JOINED = 7;

/**
 * The person whose listed name the run's last two words sound as when joined, where something else
 * backs it: the given names before them fit, the document names the person, or a title before
 * the run is the person's. Joining is a stretch, so the sound must be the same (not merely close)
 * and of one person only.
 */
export function splitNameResolve(
  model: EntityModel,
  run: Token[],
  cue: TitleCue | undefined,
  doc: DocumentContext,
): Resolved | undefined {
  if (run.length < 2) return undefined;
  const head = run[run.length - 2] as Token;
  const tail = run[run.length - 1] as Token;
  if (head.allCaps || tail.allCaps || !head.capitalised || !tail.capitalised) return undefined;
  const joined = head.text + tail.text.toLowerCase();
  if (joined.length < MIN_JOINED) return undefined;
  const key = phoneticKey(joined);
  const same = model.fuzzy.lookup(joined).filter((c) => c.distance === 0 && phoneticKey(c.name) === key);
  const ids = new Set(same.map((c) => `${c.target.type}:${c.target.id}`));
  const best = same[0];
  if (!best || ids.size !== 1 || best.target.type !== 'actor') return undefined;
  const id = best.target.id;
  if (model.actors.get(id)?.kind !== 'person') return undefined;
  const given = run.slice(0, -2);
  if (given.length > 0)
    return givenNamesFit(model, id, given) ? { type: 'actor', id, resolution: 'fuzzy' } : undefined;
  const backed = doc.named.has(id) || (cue !== undefined && model.roles.holds(id, cue.title));
  return backed ? { type: 'actor', id, resolution: 'fuzzy' } : undefined;
}
