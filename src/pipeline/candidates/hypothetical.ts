import type { TriggerHit } from './happenings.ts';
import type { Token } from './tokenize.ts';

/** Determiners that name a happening of a kind in general, not one that took place. */
const ANY = new Set([...['any', 'elke', 'ieder', 'iedere'], ...['jede', 'jeder', 'jeden', 'jedem', 'jedes']]);

/** Words between the determiner and the trigger: one adjective ("any military intervention"). */
const REACH = 2;

function general(tokens: Token[], at: number): boolean {
  const first = tokens.findIndex((t) => t.start >= at);
  const i = first < 0 ? tokens.length : first;
  for (let k = i - 1; k >= Math.max(0, i - REACH); k--) if (ANY.has((tokens[k] as Token).word)) return true;
  return false;
}

/**
 * The hits that name a happening that took place: "any attack against France would be met with a
 * response", "elke aanval", "jeden Angriff" warn of what might come and report nothing.
 * Statements stay: a warning is still said.
 */
export function withoutHypothetical(hits: TriggerHit[], tokens: Token[]): TriggerHit[] {
  if (!tokens.some((t) => ANY.has(t.word))) return hits;
  return hits.filter((h) => h.kind === 'statement' || !general(tokens, h.start));
}
