/**
 * "In de nacht van vrijdag op zaterdag trokken Wagner-strijders Rostov binnen. Daarna trok een
 * colonne naar het noorden. Onderweg schoten de huurlingen zes helikopters neer": once a paragraph
 * says it moves on from its night ("daarna", "danach", "afterwards"), what it tells happened as
 * that night ran out or later, on the day the night runs into, not on the evening it began. Without
 * such a word ("There were also explosions", "Die Polizei setzte Tränengas ein") it is that night.
 * A sentence whose subject comments on the night ("Katz spoke of a defence zone", "Borne verurteilte
 * den Angriff") tells a reaction, made once the night was over: the day it runs into too. One that
 * first tells more ("There were also explosions and eyewitnesses spoke of a burning car") still
 * tells the night.
 */
import type { When } from '../types.ts';

/** Words opening a sentence that tells what came after the one before. */
const MOVES_ON =
  /^(?:daarna|vervolgens|nadien|danach|anschließend|anschliessend|dann|später|afterwards|later|then|subsequently)\b/i;

/** Verbs that comment on what happened, not report it: speaking of, calling, condemning. */
const COMMENTS =
  /(?<![\p{L}])(?:spoke\s+of|speaks\s+of|condemned|condemns|sprak\s+van|spreekt\s+van|veroordeelde|veroordeelt|sprach\s+von|spricht\s+von|verurteilte|verurteilt)(?![\p{L}])/iu;

/** A clause break before the comment: another clause told first. */
const CLAUSE_BEFORE = /,|;|(?<![\p{L}])(?:and|en|und)(?![\p{L}])/iu;

/** Whether `text` opens with a clause that comments on what happened. */
function commentsFirst(text: string): boolean {
  const m = COMMENTS.exec(text);
  return m !== null && !CLAUSE_BEFORE.test(text.slice(0, m.index));
}

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
  let movesOn = commentsFirst(sentences[to]?.text ?? '');
  for (let k = from; k <= to && !movesOn; k++) movesOn = MOVES_ON.test(sentences[k]?.text ?? '');
  if (!movesOn) return when;
  const day = when.end.slice(0, 10);
  return { start: day, end: day, precision: 'day', value: day, confidence: when.confidence };
}
