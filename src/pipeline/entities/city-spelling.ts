/**
 * A city of the story's country spelt as another language or a translation spells it:
 * "Thessaloniki" for GeoNames' "Thessaloníki". Package cities stay out of the fuzzy index
 * (thousands of them would make any unknown surname close to one), so only a one-word name right
 * after a cue of place ("in Thessaloniki", "north of Thessaloniki") is looked up, only
 * among the cities of the country the document is about, and only a city whose name sounds the
 * same ("Kharkov" and "Kharkiv" do not).
 */
import type { GazetteerEntry } from '../types.ts';
import { isCommonWord } from './common-words.ts';
import type { EntityModel } from './model.ts';
import { phoneticKey } from './phonetic.ts';
import type { PlaceCue } from './place-cues.ts';
import type { DocumentContext, Resolved } from './repair.ts';
import type { Token } from './text.ts';

/** Package cities by country and phonetic key, built on the first look-up a run makes. */
const byModel = new WeakMap<EntityModel, Map<string, Map<string, GazetteerEntry[]>>>();

function citiesByKey(model: EntityModel): Map<string, Map<string, GazetteerEntry[]>> {
  let index = byModel.get(model);
  if (index) return index;
  index = new Map();
  for (const place of model.places.values()) {
    if (place.origin !== 'package' || place.kind !== 'city' || !place.country) continue;
    let keys = index.get(place.country);
    if (!keys) index.set(place.country, (keys = new Map()));
    const key = phoneticKey(place.name);
    const list = keys.get(key);
    if (list) list.push(place);
    else keys.set(key, [place]);
  }
  byModel.set(model, index);
  return index;
}

export function citySpelling(
  model: EntityModel,
  run: readonly Token[],
  cue: PlaceCue | undefined,
  doc: DocumentContext,
): Resolved | undefined {
  const [word] = run;
  if (run.length !== 1 || !word || word.text.length < 5 || word.allCaps) return undefined;
  if (cue !== 'locative' && cue !== 'compass' && cue !== 'directional') return undefined;
  if (isCommonWord(word.norm, model.lexicon)) return undefined;
  const country = doc.storyCountry === undefined ? undefined : model.places.get(doc.storyCountry)?.country;
  if (!country) return undefined;
  const found = citiesByKey(model).get(country)?.get(phoneticKey(word.text)) ?? [];
  const [city] = found;
  // Two cities of one sound leave the name to be told apart by no one.
  if (!city || found.length > 1 || city.name[0]?.toLowerCase() !== word.norm[0]) return undefined;
  return { type: 'place', id: city.id, resolution: 'fuzzy' };
}
