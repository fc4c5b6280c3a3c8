/**
 * "Intel will cut about 15,000 jobs …, the chipmaker said on Thursday", "…, teilte das Unternehmen
 * mit", "…, meldt het bedrijf": a speaker named after the reported words only by what it is stands
 * for the organisation whose name opens the sentence as the subject of those words.
 */
import type { Mention } from '../types.ts';

/** A definite article and a noun for a company or an institution, right before the saying verb. */
const DESCRIPTOR =
  /^[\s,]*(?:the|het|de|das|die|der)\s+(?:company|firm|chipmaker|carmaker|automaker|group|bank|lender|insurer|airline|retailer|bedrijf|concern|onderneming|bank|verzekeraar|luchtvaartmaatschappij|unternehmen|konzern|firma|bank|versicherer|fluggesellschaft|autobauer|chiphersteller)\s+(?:\p{L}+\s+){0,3}$/iu;

/** The organisation the descriptor between `reportedEnd` and the trigger stands for, if any. */
export function descriptorSpeaker(
  text: string,
  mentions: readonly Mention[],
  reportedEnd: number,
  trigger: number,
  isOrganisation: (m: Mention) => boolean,
): Mention | undefined {
  if (reportedEnd < 0 || !DESCRIPTOR.test(text.slice(reportedEnd, trigger))) return undefined;
  const first = mentions.find((m) => m.kind === 'actor');
  return first && first.start === 0 && isOrganisation(first) ? first : undefined;
}
