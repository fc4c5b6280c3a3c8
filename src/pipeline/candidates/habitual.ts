/**
 * What happens year after year is no happening: "Guns are tightly controlled in Japan, … where
 * shooting deaths are counted in single digits in most years", "Bij overstromingen komen jaarlijks
 * tientallen mensen om", "Jedes Jahr sterben dort Hunderte". A rate describes the place; it tells
 * no day's news. Statements stay: what someone says of it is still said.
 */
import type { TriggerHit } from './happenings.ts';

const HABITUAL =
  /(?<![\p{L}])(?:in\s+most\s+years|every\s+year|each\s+year|per\s+year|annually|jaarlijks|per\s+jaar|elk\s+jaar|ieder\s+jaar|jährlich|pro\s+jahr|jedes\s+jahr)(?![\p{L}])/iu;

/** The hits of a sentence but those of what it tells as happening every year. */
export function withoutHabitual(hits: TriggerHit[], text: string): TriggerHit[] {
  if (!HABITUAL.test(text)) return hits;
  return hits.filter((h) => h.kind === 'statement');
}
