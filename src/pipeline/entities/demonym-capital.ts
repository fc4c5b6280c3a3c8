import { perObject } from '../per-object.ts';
import type { EntityModel } from './model.ts';
import type { Token } from './text.ts';

/** The noun that makes a demonym name its country's capital city. */
const CAPITAL_WORDS = new Set(['capital', 'hoofdstad', 'hauptstadt']);

/** Each country's code to its capital city's place id (the most populous, where GeoNames lists two). */
const capitals = perObject((model: EntityModel) => {
  const best = new Map<string, { id: string; population: number }>();
  for (const place of model.places.values()) {
    if (place.capital !== true || !place.country) continue;
    const population = place.population ?? 0;
    const seen = best.get(place.country);
    if (!seen || population > seen.population) best.set(place.country, { id: place.id, population });
  }
  return new Map([...best].map(([code, { id }]) => [code, id]));
});

/**
 * "Planes had landed in the Turkish capital", "de Turkse hoofdstad", "die türkische Hauptstadt":
 * a demonym before the word for a capital names the country's capital city. The capital's place
 * id, or undefined where no such word follows or the gazetteer knows no capital of the country.
 */
export function capitalNamed(
  model: EntityModel,
  tokens: readonly Token[],
  end: number,
  countryId: string,
): string | undefined {
  if (!CAPITAL_WORDS.has(tokens[end]?.norm ?? '')) return undefined;
  const code = model.places.get(countryId)?.country;
  return code === undefined ? undefined : capitals(model).get(code);
}
