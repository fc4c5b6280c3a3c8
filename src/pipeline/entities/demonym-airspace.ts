import type { Token } from './text.ts';

/** The nouns for a country's airspace, one word or two ("air space" in a machine translation). */
const AIRSPACE_WORDS = new Set(['airspace', 'luchtruim', 'luftraum', 'luftraums']);

/**
 * "German airspace was fully reopened", "Het Nederlandse luchtruim is … dicht", "die Sperrung des
 * deutschen Luftraums": a country's adjective before the word for airspace names the country
 * itself, the place the airspace is closed or opened over, not merely its people.
 */
export function airspaceNamed(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end]?.norm ?? '';
  return AIRSPACE_WORDS.has(next) || (next === 'air' && tokens[end + 1]?.norm === 'space');
}
