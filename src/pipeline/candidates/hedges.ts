/**
 * Hedges ("could", "feared", "könne") that turn a trigger into speculation: where in a sentence a
 * hedge word reaches the trigger it would report.
 */
import type { Token } from './tokenize.ts';
import type { WordFacts } from './vocabulary.ts';

/** "as expected", "zoals verwacht", "wie erwartet", "than expected": a comparison, no hedge. */
const COMPARING = new Set(['as', 'than', 'zoals', 'dan', 'wie', 'als']);

/** "is to", "are to", "was to": what follows is planned ("Biden is to be sworn in on Jan. 20"). */
const BE = new Set(['is', 'are', 'was', 'were']);

/**
 * In a timeline's entry of a day gone by, "wird" is a passive told in the historical present
 * ("8. Januar: Karim Massimow wird festgenommen"), no future.
 */
const ENTRY_PRESENT = new Set(['wird']);

/**
 * Ends of the hedge words ("feared", "could", the "to" of "is to be") of the sentence, in order;
 * `entry`: the sentence stands in a timeline's entry of a day not after publication.
 */
export function hedgeEnds(tokens: Token[], facts: WordFacts<unknown>[], entry = false): number[] {
  const ends: number[] = [];
  for (let i = 0; i < facts.length; i++) {
    const word = (tokens[i] as Token).word;
    const before = tokens[i - 1]?.word ?? '';
    if (
      ((facts[i] as WordFacts<unknown>).hedge &&
        !COMPARING.has(before) &&
        !(entry && ENTRY_PRESENT.has(word))) ||
      (word === 'to' && BE.has(before))
    )
      ends.push((tokens[i] as Token).end);
  }
  return ends;
}

/**
 * A clause ends, and what follows is not what the clause before says ("erwartet, dass …"; German
 * reported speech needs no "dass": "Gerüchte, er habe das Land verlassen").
 */
const CLAUSE_BREAK =
  /(?:[,;:]|\s[-–—])\s+(?!(?:that|dat|dass|of|ob|whether|if)\s|(?:er|sie|es|man)\s+(?:habe|sei|werde|könne|hätte|wäre)\s)/;

/**
 * The items of a list before its last, which the trigger is: their commas break no clause
 * ("verdenkt L. van moord, doodslag en brandstichting").
 */
const LIST_BEFORE = /(?:,\s+[\p{L}-]+)+\s+(?:and|en|und|or|oder)\s+$/u;

/**
 * A hedge in the trigger's clause before it makes the trigger speculation ("It was feared that
 * there could be more deaths", "Es wird erwartet, dass … zu den Toten"); one in a clause before
 * ("Künftig sollen 93 Prozent … vergeben werden, entschied das Gericht") hedges only that clause.
 */
export function hedged(text: string, ends: readonly number[], trigger: number): boolean {
  let last = -1;
  for (const end of ends) if (end <= trigger) last = end;
  return last >= 0 && !CLAUSE_BREAK.test(text.slice(last, trigger).replace(LIST_BEFORE, ' '));
}

/**
 * A hedge within the trigger's words, after its first, in the clause that ends it ("Der
 * Ausnahmezustand könne aufgehoben werden", "the state of emergency could be lifted"): speculation
 * too. A trigger that starts with a hedge word ("will cut ... jobs") is not hedged by it.
 */
export function hedgedWithin(
  text: string,
  ends: readonly number[],
  firstWordEnd: number,
  end: number,
): boolean {
  for (const e of ends)
    if (e > firstWordEnd && e < end && !CLAUSE_BREAK.test(text.slice(e, end))) return true;
  return false;
}
