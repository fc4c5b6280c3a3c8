/**
 * What killed the dead a sentence counts: "Hours after the quake on Friday, the military carried out
 * an airstrike on the town of Naungcho, killing seven people" counts an airstrike's dead, not the
 * quake's; "The death toll from Friday's massive earthquake rose to 1,700" counts the quake's. The
 * merge keeps a toll with the happening it counts (see merge/killers.ts).
 */
import type { TriggerHit } from './happenings.ts';
import { DEATHS_KIND } from './title.ts';

/** Kinds that tell no killing happening: the dead, the hurt, the missing, what someone said. */
const NOT_KILLERS = new Set([DEATHS_KIND, 'injury', 'missing', 'statement']);

/** Words that hang what killed them on a toll: "the death toll from Friday's massive earthquake". */
const TOLL_OF = /^\s+(?:from|of|in|caused by|van|door|bij|durch|bei|infolge)\s+(?:[\p{L}\d’'-]+\s+){0,3}$/iu;

/** How far after a toll its killer may be named. */
const REACH = 48;

/**
 * The kind of the happening that killed the dead of `deaths`: the nearest before it, or one hung on
 * it by "from", "of", "door", "durch"; undefined when the sentence names none. `named` are the
 * happenings the sentence names without reporting them ("the death toll from Friday's earthquake").
 */
export function killerOf(
  deaths: TriggerHit,
  hits: readonly TriggerHit[],
  named: readonly TriggerHit[],
  text: string,
): string | undefined {
  let before: TriggerHit | undefined;
  let after: TriggerHit | undefined;
  for (const h of named.length > 0 ? [...hits, ...named] : hits) {
    if (NOT_KILLERS.has(h.kind)) continue;
    if (h.end <= deaths.start) {
      if (!before || h.start > before.start) before = h;
    } else if (h.start >= deaths.end && h.start - deaths.end <= REACH && (!after || h.start < after.start))
      after = h;
  }
  if (before) return before.kind;
  return after && TOLL_OF.test(text.slice(deaths.end, after.start)) ? after.kind : undefined;
}
