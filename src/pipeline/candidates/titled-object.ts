/**
 * "Moraes suspended the governor, Ibaneis Rocha, for 90 days", "had suspended in the night to Monday
 * the governor of the capital district, Ibaneis Rocha": an active verb's object is a title, its
 * holder's name set beside it after a comma or none at all. The happening befell that holder, never
 * the subject before the verb.
 */
import type { Mention } from '../types.ts';
import { isPersonTitle } from '../entities/name-edges.ts';
import { fold } from '../entities/text.ts';

/** A determiner and the two words after it, either of which may be the title ("the defence minister"). */
const DETERMINED = /(?:^|\s)(?:the|his|her|their)\s+(\p{L}+)(\s+\p{L}+)?/giu;
/** How far after the verb the object's title may stand. */
const REACH = 60;
/** From the title to its holder's name: perhaps "of" and what the title is of, then a comma. */
const TO_HOLDER = /^(?:\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)?,\s+$/u;
const CLAUSE_BREAK = /[,;:()"“”„]/;
/** A preposition right before the determiner: the title is no object of the verb ("offered her resignation to the culture minister"). */
const PREPOSITION_BEFORE = /(?:^|\s)(?:to|at|in|on|for|with|from|by|of|into|against|about|as|than)$/i;

/**
 * The holder named beside the title the verb at `trigger` acts on; `null` when that title names no
 * one; `undefined` when the verb's object is no title.
 */
export function titledObject(
  text: string,
  mentions: Mention[],
  trigger: number,
  isPerson: (m: Mention) => boolean,
): Mention | null | undefined {
  const after = text.slice(trigger, trigger + REACH);
  const cut = after.search(CLAUSE_BREAK);
  const clause = cut < 0 ? after : after.slice(0, cut);
  for (const m of clause.matchAll(DETERMINED)) {
    if (PREPOSITION_BEFORE.test(clause.slice(0, m.index ?? 0))) continue;
    const [whole, first, second] = m;
    const titleEnd = isPersonTitle(fold(first as string))
      ? whole.length - (second?.length ?? 0)
      : second !== undefined && isPersonTitle(fold(second.trim()))
        ? whole.length
        : -1;
    if (titleEnd < 0) continue;
    const end = trigger + (m.index ?? 0) + titleEnd;
    const holder = mentions.find(
      (x) => x.start > end && isPerson(x) && TO_HOLDER.test(text.slice(end, x.start)),
    );
    return holder ?? null;
  }
  return undefined;
}
