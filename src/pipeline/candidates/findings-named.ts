/**
 * "Lufthansa CEO Carsten Spohr said the company was "stunned" by the findings": a statement about
 * the findings, revelations or disclosures the article opened with answers them, so it was made
 * after them, not on the day before the news.
 */
import type { Token } from './tokenize.ts';

/** Definite articles of en, nl and de. */
const DEFINITE = new Set(['the', 'these', 'de', 'deze', 'die', 'den', 'der', 'diese', 'diesen']);

/** Nouns of what was found out or made known. */
const FINDINGS = new Set([
  'findings',
  'revelations',
  'disclosures',
  'bevindingen',
  'onthullingen',
  'erkenntnisse',
  'enthüllungen',
  'ergebnisse',
]);

/** The sentence names findings with a definite article ("the findings", "de bevindingen", "die Erkenntnisse"). */
export function namesFindings(tokens: readonly Token[]): boolean {
  for (let i = 1; i < tokens.length; i++)
    if (FINDINGS.has((tokens[i] as Token).word) && DEFINITE.has((tokens[i - 1] as Token).word)) return true;
  return false;
}
