/**
 * "Maduro's government had issued an arrest warrant against González", "einen Haftbefehl gegen den
 * Oppositionskandidaten X", "een arrestatiebevel tegen X": a warrant befalls the person it is for,
 * however near the trigger another name stands.
 */
import type { Mention } from '../types.ts';

/** The cheap test first: a warrant's word within the trigger's reach. */
const WARRANT_WORD = /warrant|bevel|befehl/i;
/** How far after the trigger's start the warrant's person may stand. */
const REACH = 90;
/** The warrant's word, "against"/"for" and up to three words (an article, a title) right before the name. */
const WARRANT_FOR =
  /(?:warrants?|\p{L}*bevel|\p{L}*befehle?)\s+(?:against|for|tegen|voor|gegen)\s+(?:\p{L}+\s+){0,3}$/iu;
const CLAUSE_BREAK = /[,;:.()"“”„]/;
/** "for Maduro's rival's arrest": the name owns another noun, whom the warrant is for. */
const OWNS_OTHER = /^['’]s?\s+(?!arrest\b)\p{Ll}/u;

/**
 * The person named as the one a warrant is for; `null` when the warrant is for someone a name only
 * describes ("a warrant for Maduro's rival"); `undefined` when the trigger tells of no such warrant.
 */
export function warrantObject(
  text: string,
  mentions: Mention[],
  trigger: number,
  isPerson: (m: Mention) => boolean,
): Mention | null | undefined {
  const reach = text.slice(trigger, trigger + REACH);
  if (!WARRANT_WORD.test(reach)) return undefined;
  for (const m of mentions) {
    if (m.start <= trigger || m.start > trigger + REACH) continue;
    const gap = text.slice(trigger, m.start);
    if (CLAUSE_BREAK.test(gap)) return undefined;
    if (!WARRANT_FOR.test(gap)) continue;
    if (OWNS_OTHER.test(text.slice(m.end, m.end + 12))) return null;
    return isPerson(m) ? m : undefined;
  }
  return undefined;
}
