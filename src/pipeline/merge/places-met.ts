/**
 * Places two reports share. A place and the region it lies in (data/gazetteer.json `in`) are one
 * place told at two widths: "als sie in der Region Donezk abstürzte" and "stortte neer bij het dorp
 * Hrabove" tell one crash. Only a report's narrowest places count so: one naming Hrabove and its
 * region shares nothing with one naming Torez. A country holds too much to say so: "in het zuiden
 * van Peru" is not the town another report names.
 */

/** The ids of the listed regions a place lies in, nearest first. */
export type WithinOf = (placeId: string) => readonly string[];

const NONE: readonly string[] = [];

/** The regions holding any of `places`, each once (those it names among them). */
export function widerPlaces(places: readonly string[], withinOf: WithinOf | undefined): readonly string[] {
  if (!withinOf || places.length === 0) return NONE;
  let out: string[] | undefined;
  for (const p of places) {
    for (const w of withinOf(p)) if (!out?.includes(w)) (out ??= []).push(w);
  }
  return out ?? NONE;
}

/** A report's places, and the regions holding them. */
export interface Placed {
  places: readonly string[];
  wider: readonly string[];
}

/** A place of a lies in a region that is one of b's narrowest places (none of b's others lies in it). */
function liesIn(a: Placed, b: Placed): boolean {
  if (a.wider.length === 0) return false;
  for (const q of b.places) if (!b.wider.includes(q) && a.wider.includes(q)) return true;
  return false;
}

/**
 * How many of a's places b names (counting repeats in a, as for actors); where none, one when a
 * place of either lies in a region that is the narrowest place the other names.
 */
export function sharedPlaces(a: Placed, b: Placed): number {
  if (a.places.length === 0 || b.places.length === 0) return 0;
  let n = 0;
  for (const p of a.places) if (b.places.includes(p)) n++;
  if (n > 0) return n;
  return liesIn(a, b) || liesIn(b, a) ? 1 : 0;
}
