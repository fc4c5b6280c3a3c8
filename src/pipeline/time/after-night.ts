/**
 * "In de nacht van vrijdag op zaterdag trokken Wagner-strijders Rostov binnen. Daarna trok een
 * colonne naar het noorden. Onderweg schoten de huurlingen zes helikopters neer": once a paragraph
 * says it moves on from its night ("daarna", "danach", "afterwards"), what it tells happened as
 * that night ran out or later, on the day the night runs into, not on the evening it began. Without
 * such a word ("There were also explosions", "Die Polizei setzte Tränengas ein") it is that night.
 */
import type { When } from '../types.ts';

/** Words opening a sentence that tells what came after the one before. */
const MOVES_ON =
  /^(?:daarna|vervolgens|nadien|danach|anschließend|anschliessend|dann|später|afterwards|later|then|subsequently)\b/i;

/**
 * The day a night told in an earlier sentence runs into, where one of `sentences` from `from` up to
 * `to` (those after the night's, up to the dated one) opens by moving on; else `when` as it is.
 */
export function afterNight(
  when: When,
  sentences: readonly { text: string }[],
  from: number,
  to: number,
): When {
  if (when.precision !== 'part-of-day' || !when.value.endsWith('TNI')) return when;
  let movesOn = false;
  for (let k = from; k <= to && !movesOn; k++) movesOn = MOVES_ON.test(sentences[k]?.text ?? '');
  if (!movesOn) return when;
  const day = when.end.slice(0, 10);
  return { start: day, end: day, precision: 'day', value: day, confidence: when.confidence };
}
