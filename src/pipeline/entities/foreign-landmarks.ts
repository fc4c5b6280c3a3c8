/**
 * A landmark of a country the article does not name, in an article that names places of other
 * countries, is another of its kind: "the presidential residence" stormed in Colombo is not the
 * one in Almaty the gazetteer lists under that common name. An article that names no country
 * keeps it ("the akimat building on Republic Square").
 */
import type { SentenceState } from './found.ts';
import type { EntityModel } from './model.ts';

/** The countries, by code, of every place or demonym the article names that is no landmark. */
function namedCountries(model: EntityModel, states: SentenceState[]): Set<string> {
  const codes = new Set<string>();
  for (const state of states)
    for (const f of state.found) {
      const id = f.id ?? f.refers;
      const place = id === undefined ? undefined : (model.places.get(id) ?? model.towns.get(id));
      if (place?.country && place.kind !== 'landmark') codes.add(place.country);
    }
  return codes;
}

export function dropForeignLandmarks(model: EntityModel, states: SentenceState[]): void {
  let named: Set<string> | undefined;
  for (const state of states)
    for (const f of state.found) {
      if (f.kind !== 'place' || f.id === undefined) continue;
      const place = model.places.get(f.id);
      if (place?.kind !== 'landmark' || !place.country) continue;
      named ??= namedCountries(model, states);
      // The words stay covered: a common name of a building is no unknown name either.
      if (named.size > 0 && !named.has(place.country)) f.id = undefined;
    }
}
