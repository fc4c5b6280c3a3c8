/**
 * "he had fled to avoid bloodshed", "entered Kabul to prevent the looting", "om bloedvergieten te
 * voorkomen", "um ein Blutvergießen zu verhindern", "vereitelte einen Anschlag": what someone set
 * out to prevent, or prevented, did not take place; the sentence reports no such happening.
 */
import type { TriggerHit } from './happenings.ts';
import { tokenIndexAt, type Token } from './tokenize.ts';

/** Verbs of preventing that stand before what they prevent. */
const BEFORE = new Set([
  ...['prevent', 'prevents', 'prevented', 'preventing', 'avoid', 'avoids', 'avoided', 'avoiding'],
  ...['avert', 'averts', 'averted', 'averting', 'thwart', 'thwarted', 'foil', 'foiled'],
  ...['verijdelde', 'verijdelden', 'verijdeld', 'vereitelte', 'vereitelten', 'vereitelt'],
]);
/** Infinitives of preventing that close a Dutch or German clause after "te"/"zu". */
const AFTER = new Set(['voorkomen', 'vermijden', 'verhinderen', 'verhindern', 'vermeiden', 'verhüten']);
const TO = new Set(['te', 'zu']);
/**
 * Participles of preventing after what they prevent, in a Dutch or German passive: "So sollte eine
 * unkontrollierte Explosion verhindert werden", "een explosie werd voorkomen".
 */
const PARTICIPLES = new Set([
  ...['verhindert', 'vermieden', 'verhütet', 'vereitelt'],
  ...['voorkomen', 'vermeden', 'verijdeld'],
]);
/**
 * "hätte verhindert werden können", "had voorkomen kunnen worden", "nicht verhindert": what could
 * have been prevented, or was not, took place.
 */
const TOOK_PLACE = /(?<!\p{L})(?:können|konnte|konnten|kunnen|kon|konden|nicht|niet|nie|nooit)(?!\p{L})/iu;
/** Words between the verb and what it prevents: "to prevent the flood of blood". */
const REACH = 4;
const CLAUSE_BREAK = /[,;:.!?]/;

function clauseBetween(text: string, from: number, to: number): boolean {
  return CLAUSE_BREAK.test(text.slice(from, to));
}

function prevented(tokens: Token[], text: string, h: TriggerHit): boolean {
  const i = tokenIndexAt(tokens, h.start);
  for (let k = i - 1; k >= Math.max(0, i - REACH - 1); k--) {
    const t = tokens[k] as Token;
    if (BEFORE.has(t.word)) return !clauseBetween(text, t.end, h.start);
  }
  for (let k = i + 1; k < Math.min(tokens.length - 1, i + REACH + 2); k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    if (TO.has(t.word) && AFTER.has(next.word)) return !clauseBetween(text, h.end, t.start);
  }
  for (let k = i + 1; k < Math.min(tokens.length, i + REACH + 2); k++) {
    const t = tokens[k] as Token;
    if (PARTICIPLES.has(t.word) && !TO.has((tokens[k - 1] as Token).word))
      return !clauseBetween(text, h.end, t.start) && !TOOK_PLACE.test(clauseOf(text, h.end));
  }
  return false;
}

/** The rest of the clause from `from`. */
function clauseOf(text: string, from: number): string {
  const rest = text.slice(from);
  const end = rest.search(CLAUSE_BREAK);
  return end < 0 ? rest : rest.slice(0, end);
}

/** The hits that are no happening something prevented or was to prevent. Statements stay: a warning is said. */
export function withoutPrevented(hits: TriggerHit[], tokens: Token[], text: string): TriggerHit[] {
  if (!tokens.some((t) => BEFORE.has(t.word) || AFTER.has(t.word) || PARTICIPLES.has(t.word))) return hits;
  return hits.filter((h) => h.kind === 'statement' || !prevented(tokens, text, h));
}
