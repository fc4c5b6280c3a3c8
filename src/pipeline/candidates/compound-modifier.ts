/**
 * A country written as the first part of a compound, "US-Soldaten", "VS-militairen",
 * "Russia-led", says whose the people or things are, as a demonym does ("amerikanische
 * Soldaten"): no place where the happening was. A region or town so joined may be where it was:
 * the "Karabach-Armenier" lay down their arms in Karabakh, "Gaza-Stadt" names a place.
 */
import type { Mention } from '../types.ts';

const JOINED = /^-\p{L}/u;

/** Whether the country mention `m` only opens a compound with the word its hyphen joins it to. */
export function compoundModifier(text: string, m: Mention, isCountry: (m: Mention) => boolean): boolean {
  return m.kind === 'place' && isCountry(m) && JOINED.test(text.slice(m.end, m.end + 2));
}
