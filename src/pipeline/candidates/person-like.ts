/**
 * Whether a name is a person's: by the entity data's actor kind when it is listed, else by its look.
 */
import type { Mention } from '../types.ts';
import { slug, UNKNOWN_PREFIX } from '../entities/text.ts';
import type { EventLexicon } from './lexicon.ts';
import { wordSet } from './word-set.ts';

/** Endings of nationality adjectives ("German media", "Kazachstaanse autoriteiten"): not an acting country. */
// "-reich" names a country (Österreich, Frankreich), not an adjective in "-ch".
export const ADJECTIVE = /(?:ian|ish|ese|kh|sche?n?|se|ic|man|(?<!rei)ch)$/i;

/** Unicode property escapes are module constants: tsx compiles each such literal to a `new RegExp` call. */
export const CAPITALISED = /^\p{Lu}/u;
const INNER_SPACE = /\S\s+\S/;

/** "Radio Liberty", "NOS-televisie": a medium is an organisation too, so no person. */
export function hasOrgWord(m: Mention, lexicon: EventLexicon): boolean {
  const words = m.text.toLowerCase().split(/[\s-]+/);
  const orgWords = wordSet(lexicon.orgWords);
  const mediaWords = wordSet(lexicon.mediaWords);
  return words.some((w) => orgWords.has(w) || mediaWords.has(w));
}

/**
 * A name that is a person: by the entity data's actor kind when known, else by its look —
 * capitalised, not an organisation, not a place, not a lone nationality word ("Kazakh authorities").
 */
export function isPersonLike(
  m: Mention,
  lexicon: EventLexicon,
  kindOf?: (id: string) => string | undefined,
): boolean {
  const kind = m.id ? kindOf?.(m.id) : undefined;
  // A name nobody listed ("Recep Tayyip Erdogan" without an entry) has kind 'unknown': judged by its look.
  if (kind !== undefined && kind !== 'unknown') return kind === 'person';
  return (
    m.kind !== 'place' &&
    CAPITALISED.test(m.text) &&
    !hasOrgWord(m, lexicon) &&
    !(!INNER_SPACE.test(m.text) && ADJECTIVE.test(m.text) && !linkedSurname(m))
  );
}

/**
 * A single word the entity stage linked to a full name given earlier ("Gershkovich" → Evan
 * Gershkovich): a surname, even when it ends like an adjective.
 */
export function linkedSurname(m: Mention): boolean {
  return m.id !== undefined && m.id.startsWith(UNKNOWN_PREFIX) && m.id.endsWith(`-${slug(m.text)}`);
}
