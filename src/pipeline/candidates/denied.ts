import type { TriggerHit } from './happenings.ts';
import type { Token } from './tokenize.ts';

/** Words that deny what follows them ("not a cyberattack", "keine Hinweise auf einen Anschlag"). */
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'niet',
  'geen',
  'nooit',
  'nicht',
  'kein',
  'keine',
  'keinen',
  'keinem',
  'keiner',
  'nie',
  'nobody',
  'niemand',
]);

/**
 * Words that may stand between the negator and what it denies: articles, copulas, prepositions and
 * the nouns of "no evidence of", "geen aanwijzingen voor", "keine Hinweise auf". Any other word
 * ("no one was hurt in the attack") ends the denial before the trigger.
 */
const BETWEEN = new Set([
  ...['a', 'an', 'the', 'any', 'of', 'for', 'about', 'is', 'was', 'were', 'are', 'be', 'there'],
  // "No group has claimed responsibility", "geen groep heeft …", "keine Gruppe hat …".
  ...['has', 'have', 'had', 'heeft', 'hebben', 'hat', 'haben', 'group', 'groep', 'gruppe'],
  ...['evidence', 'sign', 'signs', 'indication', 'indications', 'suggestion', 'hint', 'hints'],
  ...['een', 'de', 'het', 'voor', 'van', 'op', 'zijn', 'waren', 'er', 'sprake', 'bewijs'],
  ...['aanwijzing', 'aanwijzingen', 'teken', 'tekenen'],
  ...['ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'der', 'die', 'das', 'den', 'dem', 'um'],
  ...['auf', 'für', 'von', 'es', 'sich', 'ist', 'sind', 'war', 'gibt', 'gebe', 'gab'],
  ...['hinweis', 'hinweise', 'hinweisen', 'anzeichen', 'indizien', 'belege'],
]);

/** "Not a security incident or cyberattack": a denial runs on over "or" to the next thing named. */
const OR = new Set(['or', 'nor', 'of', 'noch', 'oder']);

/** Tokens before a trigger that a denial may reach back over. */
const REACH = 5;

function denied(tokens: Token[], at: number): boolean {
  let i = tokens.findIndex((t) => t.start >= at) - 1;
  if (i < -1) i = tokens.length - 1;
  const runsOn = i >= 0 && OR.has((tokens[i] as Token).word);
  for (let n = 0; i >= 0 && n < REACH; i--, n++) {
    const word = (tokens[i] as Token).word;
    if (NEGATORS.has(word)) return true;
    if (!runsOn && !BETWEEN.has(word)) return false;
  }
  return false;
}

/**
 * The hits that are not denied: "there is no evidence of a cyberattack", "es handle sich nicht um
 * einen Cyberangriff" tell of no attack. Statements stay: "did not say" is rare, and the speaker
 * still spoke.
 */
export function withoutDenied(hits: TriggerHit[], tokens: Token[]): TriggerHit[] {
  if (!hits.some((h) => h.kind !== 'statement')) return hits;
  let negated = false;
  for (let i = 0; i < tokens.length && !negated; i++) negated = NEGATORS.has((tokens[i] as Token).word);
  return negated ? hits.filter((h) => h.kind === 'statement' || !denied(tokens, h.start)) : hits;
}
