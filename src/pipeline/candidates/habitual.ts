/**
 * What happens year after year is no happening: "Guns are tightly controlled in Japan, … where
 * shooting deaths are counted in single digits in most years", "Bij overstromingen komen jaarlijks
 * tientallen mensen om", "Jedes Jahr sterben dort Hunderte". A rate describes the place; it tells
 * no day's news. Statements stay: what someone says of it is still said. So is what a sentence
 * calls rare or common ("Shootings are relatively rare in the Netherlands", "Schietpartijen zijn
 * in Nederland zeldzaam", "Schusswaffenangriffe sind in den Niederlanden selten"): a kind of
 * happening in general, right before its rarity with no clause between.
 */
import type { TriggerHit } from './happenings.ts';

const HABITUAL =
  /(?<![\p{L}])(?:in\s+most\s+years|every\s+year|each\s+year|per\s+year|annually|jaarlijks|per\s+jaar|elk\s+jaar|ieder\s+jaar|jährlich|pro\s+jahr|jedes\s+jahr)(?![\p{L}])/iu;

const RARITY =
  /\s(?:are|is|zijn|sind|ist)\s+(?:[\p{L}]+\s+){0,4}?(?:rare|uncommon|common|zeldzaam|zelden|ongebruikelijk|selten|ungewöhnlich)(?![\p{L}])/iu;

/** A plain search for the words RARITY ends with, so that most sentences skip its backtracking. */
const RARITY_WORD = /rare|common|zeldza|zelden|ongebruikelijk|selten|ungewöhnlich/i;

/** How far before its rarity the happening's word may stand. */
const RARITY_REACH = 40;

/** The hits of a sentence but those of what it tells as happening every year, or as rare or common. */
export function withoutHabitual(hits: TriggerHit[], text: string): TriggerHit[] {
  if (HABITUAL.test(text)) return hits.filter((h) => h.kind === 'statement');
  const rarity = RARITY_WORD.test(text) ? RARITY.exec(text) : null;
  if (!rarity) return hits;
  return hits.filter((h) => {
    const between = text.slice(h.end, rarity.index);
    return (
      h.kind === 'statement' || h.end > rarity.index || between.length > RARITY_REACH || /[,;:]/.test(between)
    );
  });
}
