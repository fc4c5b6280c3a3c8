/**
 * "der Brand in der Pariser Kathedrale Notre-Dame": German puts a place's adjective ("Pariser",
 * "Berliner", invariable in -er) and a common noun before the name it describes. A name nobody
 * listed that was read with them is titled by the name alone ("Notre-Dame"), not by the
 * inflected phrase of the German sentence.
 */

/** A place adjective in -er, a capitalised noun, then the name (at least one more word). */
const DESCRIBED = /^\p{Lu}\p{Ll}+er\s+\p{Lu}\p{Ll}+\s+(\p{Lu}.*)$/u;

export function withoutGermanDescriptor(name: string): string {
  return DESCRIBED.exec(name)?.[1] ?? name;
}
