/**
 * Dutch and German put the finite verb second and a participle last: in "Peru heeft dinsdag de
 * Mexicaanse ambassadeur Pablo Monroy uitgezet" and "Dinsdag heeft Peru de ambassadeur uitgezet"
 * the name at the auxiliary is the subject, and the name right before the participle its object.
 * Only the auxiliaries of the active perfect: after "werd", "wurde", "is" the opening name is
 * what befell ("Castillo werd afgezet").
 */
import type { Mention } from '../types.ts';

/** The name opens the sentence and the auxiliary follows it: "Peru heeft …", "Mexiko hat …". */
const AUX_AFTER = /^\s+(?:heeft|hebben|had|hadden|hat|haben|hatte|hatten)\s/i;

/** One opening word (a day, an adverb) and the auxiliary before the name: "Dinsdag heeft Peru …". */
const AUX_BEFORE = /^\p{L}+\s+(?:heeft|hebben|had|hadden|hat|haben|hatte|hatten)\s+$/iu;

/** The mention of `mentions` (in text order) that is the subject at the auxiliary before `trigger`, if any. */
export function auxiliarySubject(
  text: string,
  mentions: readonly Mention[],
  trigger: number,
): Mention | undefined {
  const m = mentions[0];
  if (m === undefined || m.end >= trigger) return undefined;
  if (m.start === 0) return AUX_AFTER.test(text.slice(m.end, m.end + 10)) ? m : undefined;
  return AUX_BEFORE.test(text.slice(0, m.start)) ? m : undefined;
}
