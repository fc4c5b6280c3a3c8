/**
 * What a place lies in: the region its gazetteer entry names with `in`, and what that lies in. A
 * report of the crash "in der Region Donezk" and one of the crash at Hrabove name one place, told
 * at two widths.
 */

/** The fields of a gazetteer entry that say where it lies. */
export interface Placed {
  id: string;
  country?: string;
  in?: string;
}

/**
 * Why an entry's `in` cannot be read as where it lies, or undefined: it names no listed place,
 * itself, a place of another country, or leads round in a circle.
 */
export function withinProblem(place: Placed, byId: ReadonlyMap<string, Placed>): string | undefined {
  if (place.in === undefined) return undefined;
  const seen = new Set([place.id]);
  for (let at: Placed | undefined = place; at?.in !== undefined; at = byId.get(at.in)) {
    const wider = byId.get(at.in);
    if (!wider) return `no listed place "${at.in}"`;
    if (seen.has(wider.id)) return `"${place.id}" lies in itself through "${at.id}"`;
    if (place.country && wider.country && wider.country !== place.country)
      return `"${wider.id}" lies in ${wider.country}, not ${place.country}`;
    seen.add(wider.id);
  }
  return undefined;
}

/** The ids of the listed regions `id` lies in, nearest first; none for an unknown id. */
export function placesWithin(id: string, byId: ReadonlyMap<string, Placed>): string[] {
  const out: string[] = [];
  for (let at = byId.get(id); at?.in !== undefined; at = byId.get(at.in)) out.push(at.in);
  return out;
}
