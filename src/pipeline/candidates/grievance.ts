/**
 * A place that only says where the grievance lies is no place of the protest against it: "Het
 * spoorwegpersoneel legt 24 uur het werk neer uit protest tegen de treinramp bij Larissa" is a
 * strike across Greece, not at Larissa; so "in protest at the rail crash near Larissa", "aus
 * Protest gegen das Zugunglück bei Larissa", "anger over the deadliest rail disaster in Tempi".
 */
import type { Mention } from '../types.ts';

/**
 * Right before the place: a word of protest or anger, "against"/"over" and the grievance named by
 * a noun (with its article and up to two words before it), then "near"/"at"/"in".
 */
const GRIEVANCE_BEFORE =
  /(?<![\p{L}])(?:protests?|protesten|protestiert\p{L}*|anger|outrage|woede|Wut|Empörung)\s+(?:against|at|over|about|tegen|over|om|gegen|über)\s+(?:the|de|het|den|das|die|dem)\s+(?:[\p{L}'’-]+\s+){1,3}(?:near|at|in|bij|nabij|in|bei|nahe|im)\s+(?:(?:the|de|het|der|dem)\s+)?$/iu;

/** Cheap gate: the words of protest or anger, lower-cased. */
const CUE = /protest|anger|outrage|woede|wut|empörung/;

/** Whether the place `m` only says where the grievance protested against lies. */
export function namesGrievance(text: string, m: Mention): boolean {
  if (m.kind !== 'place') return false;
  const before = text.slice(Math.max(0, m.start - 90), m.start);
  return CUE.test(before.toLowerCase()) && GRIEVANCE_BEFORE.test(before);
}
