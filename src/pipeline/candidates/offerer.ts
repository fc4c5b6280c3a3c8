/**
 * "Rutte offered his resignation to King Willem-Alexander", "Am Samstag bot Rutte König
 * Willem-Alexander den Rücktritt an", "Rutte met King Willem-Alexander … to tender the resignation":
 * who offers a resignation is the one resigning; whom it is offered to, often named nearer the
 * trigger, never is.
 */
import type { Mention } from '../types.ts';
import { FRONTED_GAP } from './text-gaps.ts';

const OFFER =
  /(?<!\p{L})(?:offer(?:ed|s)?|tender(?:ed|s)?|submit(?:ted|s)?|bood|biedt|aangeboden|aanbieden|bot|bietet|angeboten|anbieten|reichte|eingereicht|einreichen)(?!\p{L})/giu;

/** How far from the trigger the verb of offering may stand: a clause's few words. */
const REACH = 60;
const CLAUSE_BREAK = /[;:()"“”„]/;

/** "met King …", "bij koning …", "mit dem König …": the one met or offered to. */
const AFTER_PREPOSITION =
  /(?<!\p{L})(?:to|with|met|bij|aan|mit|bei|zu)\s+(?:(?:the|de|het|dem|der|den)\s+)?(?:\p{L}+\s+)?$/iu;

/** The verb of offering nearest the trigger in its clause, if one stands near. */
function offerAt(text: string, trigger: number): number | undefined {
  let best: number | undefined;
  for (const m of text.matchAll(OFFER)) {
    const at = m.index;
    const between = at < trigger ? text.slice(at, trigger) : text.slice(trigger, at);
    if (Math.abs(at - trigger) > REACH || CLAUSE_BREAK.test(between)) continue;
    if (best === undefined || Math.abs(at - trigger) < Math.abs(best - trigger)) best = at;
  }
  return best;
}

/**
 * The subject of a verb of offering near the trigger: the person right after a fronted verb, or the
 * first person before the verb who stands after no preposition; undefined where nothing is offered.
 */
export function offerer(
  text: string,
  mentions: Mention[],
  trigger: number,
  isPerson: (m: Mention) => boolean,
): Mention | undefined {
  const verb = offerAt(text, trigger);
  if (verb === undefined) return undefined;
  const fronted = mentions.find(
    (m) => m.start > verb && isPerson(m) && FRONTED_GAP.test(text.slice(verb, m.start)),
  );
  if (fronted) return fronted;
  return mentions.find(
    (m) =>
      m.end <= verb &&
      isPerson(m) &&
      !AFTER_PREPOSITION.test(text.slice(Math.max(0, m.start - 30), m.start)) &&
      !CLAUSE_BREAK.test(text.slice(m.end, verb)),
  );
}
