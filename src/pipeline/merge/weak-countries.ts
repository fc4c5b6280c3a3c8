/**
 * The country a report without a place of its own is about, read off its paragraph: "Honderden
 * inwoners en toeristen werden in de nacht geëvacueerd" after "Het centrum van Valkenburg is
 * vandaag overstroomd" is an evacuation in the Netherlands, not one of a German town the same day;
 * "Hunderte Menschen werden noch vermisst" after the tolls of the Kreis Ahrweiler are Germany's
 * missing, not Belgium's.
 */
import type { Item } from './item.ts';
import type { CountryOf } from './features.ts';
import type { PlaceKindOf } from './area-counts.ts';
import { MANY } from './crowd.ts';

const NONE: readonly string[] = [];

/**
 * The one country the towns and regions of the reports lie in, or none when they lie in none or
 * several. A country named outright ("de eerste Russische militairen", "de Mexicaanse ambassade")
 * is what the paragraph relates to, not where it is.
 */
function onlyCountry(
  members: readonly Item[],
  countryOf: CountryOf,
  placeKindOf: PlaceKindOf,
): readonly string[] {
  let only: string | undefined;
  for (const { c } of members) {
    for (const place of c.places) {
      if (placeKindOf(place) === 'country') continue;
      const country = countryOf(place);
      if (country === undefined) continue;
      if (only === undefined) only = country;
      else if (country !== only) return NONE;
    }
  }
  return only === undefined ? NONE : [only];
}

/** Nothing of its own says where: no place, no actor, no one befallen but a counted crowd. */
function placeless({ c }: Item): boolean {
  return c.places.length === 0 && c.actors.length === 0 && (c.patient === undefined || c.patient === MANY);
}

/**
 * Each item's countries: its own, else, when nothing of its own says where, the one country the
 * towns and regions the reports of its paragraph name lie in.
 */
export function weakCountries(
  items: readonly Item[],
  countryOf: CountryOf | undefined,
  placeKindOf: PlaceKindOf | undefined,
): (readonly string[])[] {
  const countries = items.map((item) => item.features.countries);
  if (!countryOf || !placeKindOf) return countries;
  let paragraphs: Map<string, Item[]> | undefined;
  const lent = new Map<string, readonly string[]>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item;
    if (!placeless(item)) continue;
    paragraphs ??= byParagraph(items);
    const key = paragraphKey(item);
    let country = lent.get(key);
    if (country === undefined) {
      const members = paragraphs.get(key);
      country = members ? onlyCountry(members, countryOf, placeKindOf) : NONE;
      lent.set(key, country);
    }
    countries[i] = country;
  }
  return countries;
}

function paragraphKey({ c }: Item): string {
  return `${c.document}\u0000${c.sentence.paragraph}`;
}

function byParagraph(items: readonly Item[]): Map<string, Item[]> {
  const map = new Map<string, Item[]>();
  for (const item of items) {
    if (item.c.places.length === 0) continue;
    const key = paragraphKey(item);
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }
  return map;
}
