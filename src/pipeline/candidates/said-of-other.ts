/**
 * A name before the happening's verb that only said it: "Quader … said the curfew would take
 * effect", "zei minister X dat de avondklok …", "sagte Minister X, die Ausgangssperre …". Such a
 * name speaks of what another did; it is not who did it.
 */
import type { Mention } from '../types.ts';

/**
 * A reporting verb whose clause has a subject of its own, led by an article, maybe after the day
 * and place of the saying ("sagte am Freitag in Washington, die Maschine …"); after a pronoun
 * ("said he had ordered …") the speaker tells of their own act.
 */
export const SAID_OF_OTHER =
  /\b(?:said|says|told\s+\p{L}+|announced|stated|confirmed|zei|zegt|zeiden|meldde|verklaarde|sagte|sagt|sagten|erklärte|betonte)(?:\s+(?:on|am|op|in|at|im|bei|bij)\s+[\p{L}-]+){0,2}[,:]?\s+(?:(?:that|dat|dass)\s+)?(?:the|de|het|die|der|das|a|an|een|ein|eine)\s/iu;

/** The same in Dutch and German word order, the verb before the name: "zei minister X dat de …". */
const SAYING_BEFORE =
  /\b(?:said|says|zei|zegt|zeiden|meldde|verklaarde|sagte|sagt|sagten|erklärte|betonte)\s+(?:\p{L}+\s+){0,2}$/iu;
const OTHER_SUBJECT = /^,?\s+(?:(?:that|dat|dass)\s+)?(?:the|de|het|die|der|das|a|an|een|ein|eine)\s/iu;

/** A name that only says what the clause after it tells someone else did. */
export function saidOfOther(text: string, m: Mention, trigger: number): boolean {
  const after = text.slice(m.end, trigger);
  return (
    SAID_OF_OTHER.test(after) ||
    (OTHER_SUBJECT.test(after) && SAYING_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)))
  );
}
