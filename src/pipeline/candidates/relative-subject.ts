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

/**
 * A relative clause of the name that kills in the active voice: "Amedy Coulibaly, who had killed
 * four hostages", "Coulibaly, der vier Geiseln getötet hatte", "Coulibaly, die vier gijzelaars had
 * gedood". The name killed; the dead are others.
 */
const KILLS_EN = /^(?:killed|shot|murdered|stabbed|executed)\b/i;
const WHO_ACTIVE_EN = /,\s+who\s+(?:had\s+|has\s+|have\s+)?$/i;
const KILLS_DE = /^(?:getötet|erschossen|ermordet|erstochen)\s+(?:hatte|hat|hatten|haben)\b/i;
const KILLS_NL = /^(?:gedood|doodgeschoten|vermoord|neergeschoten|doodgestoken)\b/i;
const ACTIVE_NL = /\b(?:had|heeft|hadden|hebben)\b/i;
const PASSIVE_NL = /\b(?:werd|werden|is|zijn|was|waren|wordt|worden)\b/i;

function killsInRelative(gap: string, after: string): boolean {
  if (KILLS_EN.test(after)) return WHO_ACTIVE_EN.test(gap);
  if (KILLS_DE.test(after)) return /,\s+(?:der|die)\s/.test(gap);
  return KILLS_NL.test(after) && /,\s+die\s/.test(gap) && ACTIVE_NL.test(gap) && !PASSIVE_NL.test(gap);
}

/** The name the clause hangs on; null where that name killed in it, so that no one is its patient. */
export function relativeSubject(
  text: string,
  mentions: Mention[],
  trigger: number,
  isPerson: (m: Mention) => boolean,
): Mention | null | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (m.end >= trigger) continue;
    const gap = text.slice(m.end, trigger);
    // The cheap test first: a comma between the name and the trigger.
    if (!gap.includes(',')) continue;
    if (!isPerson(m) || !RELATIVE_CLAUSE.test(gap)) return undefined;
    return killsInRelative(gap, text.slice(trigger)) ? null : m;
  }
  return undefined;
}
