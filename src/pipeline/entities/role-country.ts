/**
 * The country an office holder serves, read off the roles data/actors.json lists for them:
 * "Prime Minister of India", "Indian Prime Minister" are India's; "President of Kazakhstan" is
 * Kazakhstan's. An actor listed with a country of its own keeps it; one whose roles name no country,
 * or several ("Lufthansa chief executive"), has none.
 */
import type { ActorEntry, GazetteerEntry } from '../types.ts';

/** The words of a text, lower case, each run of letters (hyphens and apostrophes inside) one. */
function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}[\p{L}'-]*/gu) ?? [];
}

/** The longest name any country goes by, in words ("Democratic Republic of the Congo"). */
const MAX_WORDS = 6;

/** Each name a country goes by, in any language, and each demonym, lower case, to the country's id. */
function countryNames(
  places: readonly GazetteerEntry[],
  demonyms: ReadonlyMap<string, readonly string[]>,
): Map<string, string> {
  const byName = new Map<string, string>();
  const add = (form: string, id: string) => {
    const key = words(form).join(' ');
    if (key !== '' && !byName.has(key)) byName.set(key, id);
  };
  for (const p of places) {
    if (p.kind !== 'country') continue;
    for (const form of [p.name, p.names.en, p.names.nl, p.names.de, ...p.variants]) if (form) add(form, p.id);
  }
  for (const [id, forms] of demonyms) for (const form of forms) add(form, id);
  return byName;
}

/** The one country the roles name, where they name just one. */
export function roleCountry(
  roles: readonly string[],
  byName: ReadonlyMap<string, string>,
): string | undefined {
  let found: string | undefined;
  for (const role of roles) {
    const w = words(role);
    for (let i = 0; i < w.length; i++)
      for (let n = Math.min(MAX_WORDS, w.length - i); n > 0; n--) {
        const id = byName.get(w.slice(i, i + n).join(' '));
        if (id === undefined) continue;
        if (found !== undefined && found !== id) return undefined;
        found = id;
        break;
      }
  }
  return found;
}

/** Each listed actor's country: its own, or the one its roles name. */
export function actorHomes(
  actors: readonly ActorEntry[],
  places: readonly GazetteerEntry[],
  demonyms: ReadonlyMap<string, readonly string[]>,
): Map<string, string> {
  const byName = countryNames(places, demonyms);
  const homes = new Map<string, string>();
  for (const a of actors) {
    const home = a.country ?? (a.roles ? roleCountry(a.roles, byName) : undefined);
    if (home !== undefined) homes.set(a.id, home);
  }
  return homes;
}

/** The country of an actor id, worked out on first use. */
export function homeOf(data: {
  actors: readonly ActorEntry[];
  places: readonly GazetteerEntry[];
  demonyms: ReadonlyMap<string, readonly string[]>;
}): (id: string) => string | undefined {
  let homes: Map<string, string> | undefined;
  return (id) => (homes ??= actorHomes(data.actors, data.places, data.demonyms)).get(id);
}
