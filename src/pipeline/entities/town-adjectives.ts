/**
 * German adjectives made from a town's name: "Potsdamer", "Kölner", "Münchner" (München),
 * "Bremer" (Bremen), "Dresdner" (Dresden). German capitalises every noun, so the word after one
 * ("die Potsdamer Stadtverwaltung", "die Kölner Polizei") is a common noun, not a name nobody
 * listed; a listed name there was found before the runs of unknown words are read.
 */
import { HOME_COUNTRIES } from './known.ts';
import type { EntityModel } from './model.ts';
import { isGermanArticle } from './name-edges.ts';
import type { Token } from './text.ts';

const HOME = HOME_COUNTRIES['de'] ?? [];

/** A listed place of any country ("Pariser", "Moskauer"), or a town where German is spoken. */
function placeNamed(model: EntityModel, norm: string): boolean {
  if (model.names.single(norm).some((n) => n.target.type === 'place')) return true;
  return model.townList.named(norm).some((t) => HOME.includes(t.country));
}

/** The folded word is "-er" after a place's name, or after its stem in "-en" ("Münchner", "Bremer"). */
export function isTownAdjective(model: EntityModel, norm: string): boolean {
  // "Bauer", "Lehrer": short words in "-er" are nouns far more often than a short town's adjective.
  if (norm.length < 6 || !norm.endsWith('er')) return false;
  const stem = norm.slice(0, -2);
  return (
    placeNamed(model, stem) ||
    placeNamed(model, `${stem}en`) ||
    (stem.endsWith('n') && placeNamed(model, `${stem.slice(0, -1)}en`))
  );
}

/** Nothing capitalised but an article before the adjective: "Joschka Fischer" is no "Fischen" adjective. */
function opensPhrase(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1];
  return before === undefined || !before.capitalised || isGermanArticle(before.norm);
}

/**
 * A town's adjective and one noun: before the run [first, end) ("die Potsdamer Stadtverwaltung",
 * the adjective stripped from it) or opening it ("die Kölner Polizei"). More words after it go on
 * as a name ("die Münchner Sprecherin Anna Huber").
 */
export function townAdjectiveAndNoun(
  model: EntityModel,
  tokens: Token[],
  first: number,
  end: number,
): boolean {
  const at = end - first === 1 ? first - 1 : end - first === 2 ? first : -1;
  const adjective = tokens[at];
  return (
    adjective !== undefined &&
    adjective.capitalised &&
    isTownAdjective(model, adjective.norm) &&
    opensPhrase(tokens, at)
  );
}
