/**
 * A river that shares its name with a town on it ("the Dnipro" and the city of Dnipro): after a
 * river's noun or the article a river takes ("the river Dnipro", "de rivier Dnipro", "am Fluss
 * Dnipro", "the left bank of the Dnipro", "am Dnipro"), the name is the river's. A town takes no
 * article in English and Dutch, and is neuter in German ("das zerstörte Dnipro").
 */
import { perObject } from '../per-object.ts';
import type { EntityModel } from './model.ts';
import type { NameHit } from './name-index.ts';
import { tokenize, type Token } from './text.ts';

const RIVER_NOUNS = new Set(['river', 'rivier', 'fluss', 'strom', 'stroom']);

/** Articles and contracted prepositions a river's name takes, by language: German rivers are mostly masculine. */
const RIVER_ARTICLES: Record<string, ReadonlySet<string>> = {
  en: new Set(['the']),
  nl: new Set(['de']),
  de: new Set(['der', 'dem', 'den', 'am', 'vom', 'zum']),
};

/** Each listed river's id by its one-word name without the river's noun ("dnipro" of "Dnipro River"). */
const rivers = perObject((model: EntityModel) => {
  const byName = new Map<string, string>();
  for (const place of model.places.values()) {
    if (place.kind !== 'waterway') continue;
    for (const name of [place.name, ...Object.values(place.names), ...place.variants]) {
      const words = tokenize(name);
      const bare = words.filter((t) => !RIVER_NOUNS.has(t.norm));
      // A canal or a strait ("Suez Canal") keeps its noun: only a river's noun is dropped.
      if (bare.length === 1 && words.length > 1) byName.set((bare[0] as Token).norm, place.id);
    }
  }
  return byName;
});

/** The hit read as the river of its name, where a town's name stands after a river's noun or article; else undefined. */
export function riverOfTownName(
  model: EntityModel,
  hit: NameHit,
  tokens: Token[],
  language: string,
): NameHit | undefined {
  const { type, id } = hit.name.target;
  const before = tokens[hit.first - 1];
  if (type !== 'place' || hit.end - hit.first !== 1 || !before) return undefined;
  if (!RIVER_NOUNS.has(before.norm) && !RIVER_ARTICLES[language]?.has(before.norm)) return undefined;
  const kind = model.places.get(id)?.kind;
  if (kind === 'waterway' || kind === 'country') return undefined;
  const river = rivers(model).get((tokens[hit.first] as Token).norm);
  return river
    ? { ...hit, name: { ...hit.name, target: { type: 'place', id: river, form: 'alias' } } }
    : undefined;
}
