/**
 * "bood zijn excuses aan aan voorbijgangers die … gewond waren geraakt", "hatte sich bei
 * Unbeteiligten entschuldigt, die … verletzt worden waren", "apologised to bystanders who had been
 * injured": a relative clause right after a statement verb's object describes whom it speaks to or
 * of; what befell them there is what is spoken of, not news of the sentence.
 */
import type { TriggerHit } from './happenings.ts';

/** Up to four words of the object, then a relative pronoun and its clause, no stop up to the trigger. */
const RELATIVE_OF_OBJECT =
  /^,?\s+(?:[\p{L}'’-]+\s+){0,4}?,?\s*(?:who|whom|that|which|die|dat|welke|der|welche)\s+[^,.;:!?]*$/iu;

/** Whether `h` lies in a relative clause that describes the object of a verb ending at `end`. */
export function inObjectRelative(text: string, end: number, h: TriggerHit): boolean {
  return h.start - end < 120 && RELATIVE_OF_OBJECT.test(text.slice(end, h.start));
}
