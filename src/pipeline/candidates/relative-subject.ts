/**
 * "… von Staatschef Rajapaksa an, der vergangene Woche ins Ausland geflohen war", "Hasina, who fled
 * to India": a trigger in a relative clause befalls the name the clause hangs on, however near
 * the trigger another name stands.
 */
import type { Mention } from '../types.ts';

/**
 * A comma and a relative pronoun after the name, perhaps after a separable verb's particle ("an"), and
 * no other clause before the trigger. An object's pronoun ("Lindner, den Scholz entlassen hatte",
 * "Lindner, whom Scholz fired") makes the name whom the clause's happening befell all the same.
 */
const RELATIVE_CLAUSE =
  /^(?:\s+\p{Ll}{1,5})?\s*,\s+(?:who|whom|der|den|die|welcher|welche|welchen)\s[^,;]*$/u;

export function relativeSubject(
  text: string,
  mentions: Mention[],
  trigger: number,
  isPerson: (m: Mention) => boolean,
): Mention | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (m.end >= trigger) continue;
    const gap = text.slice(m.end, trigger);
    // The cheap test first: a comma between the name and the trigger.
    if (!gap.includes(',')) continue;
    return isPerson(m) && RELATIVE_CLAUSE.test(gap) ? m : undefined;
  }
  return undefined;
}
