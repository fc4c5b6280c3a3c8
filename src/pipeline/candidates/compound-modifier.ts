/**
 * A country written as the first part of a compound, "US-Soldaten", "VS-militairen",
 * "Russia-led", says whose the people or things are, as a demonym does ("amerikanische
 * Soldaten"): no place where the happening was. A region or town so joined may be where it was:
 * the "Karabach-Armenier" lay down their arms in Karabakh, "Gaza-Stadt" names a place. Two places
 * so joined name what lies between them.
 */
import type { Mention } from '../types.ts';

const JOINED = /^-\p{L}/u;

/** Whether the country mention `m` only opens a compound with the word its hyphen joins it to. */
export function compoundModifier(text: string, m: Mention, isCountry: (m: Mention) => boolean): boolean {
  return m.kind === 'place' && isCountry(m) && JOINED.test(text.slice(m.end, m.end + 2));
}

/**
 * "near the Ohio-Pennsylvania state line": two places joined by a hyphen name the border or the
 * route between them, where neither is the place the happening was.
 */
export function pairedPlace(text: string, m: Mention, mentions: readonly Mention[]): boolean {
  if (m.kind !== 'place') return false;
  return mentions.some(
    (o) =>
      o !== m &&
      o.kind === 'place' &&
      o.id !== m.id &&
      ((o.start === m.end + 1 && text[m.end] === '-') || (m.start === o.end + 1 && text[o.end] === '-')),
  );
}
