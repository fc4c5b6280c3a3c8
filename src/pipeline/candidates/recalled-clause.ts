/**
 * "The co-pilot of the Germanwings jet that crashed in the French Alps …, a French prosecutor said
 * Thursday", "het toestel dat in de Alpen neerstortte", "die Maschine, die in den Alpen abstürzte":
 * a happening told in a relative clause on a definite noun names what the reader knows already.
 * The day after the verb of saying dates the saying; the happening lies before it.
 */

/**
 * A definite noun of one or two words ("the Germanwings jet", "het toestel"), then its relative
 * pronoun and the clause's words up to the trigger. A longer stretch before "dat" is a clause of
 * its own ("bekend dat de grenzen zijn gesloten en dat er een avondklok …"), whose "dat" says.
 */
const CLAUSE_BEFORE =
  /(?<![\p{L}])(?:the|de|het|der|die|das|den|dem)\s+(?:[\p{L}\d-]+\s+)?[\p{L}\d-]+,?\s+(?:that|which|dat|die|der|das)\s+(?:[^\s,.;:]+\s+){0,6}$/iu;

/** How far before the trigger the noun phrase may start. */
const REACH = 120;

/** Whether the trigger at `start` of `text` stands in a relative clause on a definite noun. */
export function recalledInClause(text: string, start: number): boolean {
  return CLAUSE_BEFORE.test(text.slice(Math.max(0, start - REACH), start));
}
