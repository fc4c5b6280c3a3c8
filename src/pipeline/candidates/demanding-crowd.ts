/**
 * "Protesters are demanding the resignation of Prime Minister Oli", "Montag fordern Demonstranten
 * den Rücktritt", "betogers eisen het aftreden": a crowd that demands speaks, and its demand is a
 * call, no protest. Only words that say the crowd took to the streets make it one.
 */
import type { TriggerHit } from './happenings.ts';
import type { Token } from './tokenize.ts';

const CROWD = new Set([
  'protesters',
  'protestors',
  'demonstrators',
  'students',
  'betogers',
  'demonstranten',
  'studenten',
  'actievoerders',
  'demonstrierende',
]);
const DEMAND = new Set([
  'demand',
  'demands',
  'demanded',
  'demanding',
  'eisen',
  'eist',
  'eiste',
  'eisten',
  'fordern',
  'fordert',
  'forderte',
  'forderten',
  'verlangen',
  'verlangten',
]);
/** The crowd stands this many words or fewer from its verb: "protesters are demanding", "fordern Tausende Demonstranten". */
const NEAR = 3;

/**
 * The index of a crowd word standing by a demand verb in its own clause, or -1: "The protesters,
 * who initially demanded an end to quotas, …" demand in a clause about them, which the sentence
 * does not report.
 */
function demandingCrowd(tokens: readonly Token[], text: string): number {
  for (let i = 0; i < tokens.length; i++) {
    const crowd = tokens[i] as Token;
    if (!CROWD.has(crowd.word)) continue;
    for (let j = Math.max(0, i - NEAR); j <= Math.min(tokens.length - 1, i + NEAR); j++) {
      const verb = tokens[j] as Token;
      if (!DEMAND.has(verb.word)) continue;
      const between = j < i ? text.slice(verb.end, crowd.start) : text.slice(crowd.end, verb.start);
      if (!between.includes(',')) return i;
    }
  }
  return -1;
}

/** Whether a crowd in the sentence demands something: it is the demand's speaker. */
export function crowdDemands(tokens: readonly Token[], text: string): boolean {
  return demandingCrowd(tokens, text) >= 0;
}

/** The hits without the protest a demanding crowd's own word would make of a call. */
export function withoutDemandingCrowd(
  hits: TriggerHit[],
  tokens: readonly Token[],
  text: string,
): TriggerHit[] {
  if (!hits.some((h) => h.kind === 'statement')) return hits;
  const i = demandingCrowd(tokens, text);
  if (i < 0) return hits;
  const crowd = tokens[i] as Token;
  return hits.filter((h) => !(h.kind === 'protest' && h.start === crowd.start));
}
