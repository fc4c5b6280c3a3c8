/**
 * "Violence broke out on Monday as the National Assembly in Paris debated …", "…, toen het
 * parlement in Parijs debatteerde", "…, während das Parlament in Paris …": a clause opened after
 * the trigger by "as", "while", "toen", "während" tells what else went on at the time, and the
 * seat of the institution acting in it is where that institution sat, not where the happening was.
 * A place the clause gives its own verb stays ("ordered to leave their homes as a wildfire spread
 * into the suburbs of Athens"): such a clause often tells the same happening's cause.
 */

/**
 * The conjunction between the trigger and the name: English ones before the clause's subject (not
 * "such as", "as well as", "known as"); Dutch ones alone; German ones after their comma (not "mehr
 * als", "während der Debatte").
 */
const OPENS_CLAUSE =
  /(?:^|[\s,])(?:(?<!(?:such|well|known|same)\s)as|while|whereas|when)\s+(?:the|a|an|its|his|her|their|\p{Lu})|(?:^|[\s,])(?:terwijl|toen)\s|,\s*(?:während|als)\s/u;

/** An institution that sits somewhere, then "in": "the National Assembly in", "het parlement in", "das Parlament in". */
const SEAT_BEFORE =
  /(?:parliament|assembly|senate|congress|government|parlement|senaat|regering|kamer|parlament|nationalversammlung|senat|regierung|bundestag)\s+(?:in|at|te)\s+$/iu;

/** Whether `m`, after the trigger at `trigger`, names where an institution of another clause sat. */
export function seatInConcurrentClause(text: string, m: { start: number }, trigger: number): boolean {
  return (
    m.start > trigger &&
    SEAT_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) &&
    OPENS_CLAUSE.test(text.slice(trigger, m.start))
  );
}
