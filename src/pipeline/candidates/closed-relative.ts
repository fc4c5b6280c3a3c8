/**
 * "The United States, which had urged Castillo to reverse his decision, welcomed the transfer of
 * power": a name inside a relative clause that closes before the verb belongs to that clause; it
 * is not the verb's subject. "Die Regierung, die von Scholz geführt wurde, trat zurück" likewise.
 */

/**
 * A relative pronoun after its comma, and what follows it up to before the name: no other comma. A
 * Dutch or German pronoun is followed by a word in lower case: ", die Firma Shoei Kisen Kaisha," is
 * an apposition, its "die" an article.
 */
const OPENED =
  /,\s+(?:(?:who|whom|whose|which)\s|(?:die|wie|der|das|den|dem|denen|deren|dessen|welche[rsmn]?)\s+\p{Ll})[^,;:]*$/u;

/** The clause closes between the name and the verb. */
const CLOSED = /^[^;:]*,\s+\S+\s*$|^[^;:]*,\s*$/u;

/** Whether the name `m` stands in a relative clause that closes before the trigger at `trigger`. */
export function inClosedRelative(text: string, m: { start: number; end: number }, trigger: number): boolean {
  if (m.end > trigger) return false;
  const between = text.slice(m.end, trigger);
  if (!between.includes(',')) return false;
  return OPENED.test(text.slice(Math.max(0, m.start - 80), m.start)) && CLOSED.test(between);
}
