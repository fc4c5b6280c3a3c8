/**
 * The second tier of package places in a sentence: a town (towns.ts) is named only right after
 * a preposition of place or a settlement noun, never where its name is an ordinary word of the
 * sentence's language, and not as a given name after a preposition that also comes before people
 * ("a call from Anna") unless it lies where the language is spoken. Of several towns of one
 * name, one in a country the document names wins, else the most populous.
 */
import type { GazetteerEntry } from '../types.ts';
import { HOME_COUNTRIES } from './known.ts';
import { isWordOf } from './lexicon.ts';
import type { EntityModel } from './model.ts';
import { placeCueBefore } from './place-cues.ts';
import { isDestination, routeStart } from './route-ends.ts';
import { slug, type Token } from './text.ts';
import { townKey, type Town } from './towns.ts';

/** The longest town name looked up, in words ("Bad Neustadt an der Saale" is found as "Bad Neustadt"). */
const MAX_WORDS = 4;

export interface TownContext {
  language: string;
  /** ISO codes of the countries the document names. */
  countries: ReadonlySet<string>;
}

/**
 * Ordinary vocabulary of the sentence's language. German has no lexicon of its own: English
 * loanwords stand in ("Bar"), and Dutch is left out, whose words are German towns' names as
 * often as not ("Meppen", "Kamen").
 */
function ordinary(norm: string, model: EntityModel, language: string): boolean {
  const { lexicon } = model;
  return lexicon.adjectives.has(norm) || isWordOf(norm, lexicon, language === 'nl' ? 'nl' : 'en');
}

/** German articles of the genitive and dative: "nach Ende des Krieges" makes "Ende" a noun. */
const GERMAN_CASE_ARTICLES = new Set(['des', 'der', 'dem']);

/** The town as a place of the event file, made once per id. */
function townPlace(model: EntityModel, town: Town): GazetteerEntry | undefined {
  const id = `${slug(town.name)}-${town.country.toLowerCase()}`;
  // A listed place keeps its id; a town that would take it is left out.
  if (model.places.has(id)) return undefined;
  let place = model.towns.get(id);
  if (!place) {
    place = {
      id,
      name: town.name,
      names: { en: town.name },
      variants: [],
      kind: 'town',
      lat: town.lat,
      lon: town.lon,
      country: town.country,
      origin: 'package',
      population: town.population,
    };
    model.towns.set(id, place);
  }
  return place;
}

/**
 * The country of a demonym right before token `i` ("het Duitse Erftstadt", "the German town"): a
 * town named after it must lie there.
 */
function demonymCountry(model: EntityModel, tokens: Token[], text: string, i: number): string | undefined {
  const before = tokens[i - 1];
  if (!before || !/^\s+$/.test(text.slice(before.end, (tokens[i] as Token).start))) return undefined;
  const demonym = model.names.single(before.norm).find((n) => n.target.type === 'demonym');
  return demonym ? model.places.get(demonym.target.id)?.country : undefined;
}

/**
 * "de overstromingen in Limburg" in a Dutch article is the Dutch province, not Limburg an der
 * Lahn: a short name that the dictionaries list as a proper noun names what the language's own
 * countries call so, unless the town lies in one of them. German has no dictionary here.
 */
function foreignShortName(
  model: EntityModel,
  words: Token[],
  place: GazetteerEntry,
  language: string,
): boolean {
  const home = HOME_COUNTRIES[language];
  if (language === 'de' || !home || home.includes(place.country ?? '')) return false;
  return words.length === 1 && model.lexicon.proper.has((words[0] as Token).norm);
}

/**
 * The town named by tokens [first, k) of the capitalised run [first, end), and k. In English and
 * Dutch the town must be the whole run ("from Anna Schmidt" is a person); German capitalises
 * the nouns after it ("in Meppen Polizisten"), so there it may be the run's start, though not
 * the start of a hyphenated name ("in Baden-Württemberg").
 */
export function matchTown(
  model: EntityModel,
  tokens: Token[],
  text: string,
  run: { first: number; end: number },
  context: TownContext,
): { end: number; place: GazetteerEntry; resolution: 'exact' | 'alias' } | undefined {
  const { first, end } = run;
  const { language } = context;
  let cue = placeCueBefore(tokens, text, first, language);
  let country = demonymCountry(model, tokens, text, first);
  // The far end of a route from a place is where one goes, as after "in", and a town there lies
  // in the same country: "from Athens to Corinth" is not Corinth, Mississippi.
  const start = cue === undefined && !country ? routeStart(model, tokens, text, first, language) : undefined;
  if (start) {
    cue = 'locative';
    country = start.country;
  } else if (cue === undefined && isDestination(tokens, text, first, language)) cue = 'locative';
  // Not a landform or site noun alone: "the Ural river" names the river, not a town.
  if ((cue === undefined || cue === 'landform' || cue === 'facility') && !country) return undefined;
  const shortest = language === 'de' ? first + 1 : end;
  for (let k = Math.min(end, first + MAX_WORDS); k >= shortest; k--) {
    const words = tokens.slice(first, k);
    const last = words[words.length - 1] as Token;
    // An owner, not a place: "in Taylor's view".
    if (/^['’]s\b/.test(text.slice(last.end, last.end + 3))) continue;
    const next = tokens[k];
    if (next && k < end && !/^\s+$/.test(text.slice(last.end, next.start))) continue;
    if (words.some((t) => t.allCaps) || words.every((t) => ordinary(t.norm, model, language))) continue;
    if (language === 'de' && GERMAN_CASE_ARTICLES.has(next?.norm ?? '')) continue;
    const key = words.map((t) => t.norm).join(' ');
    let towns = model.townList.named(key);
    // "from Anna" may be a person, "uit Venlo" in a Dutch article is the town: a name the
    // dictionaries list after such a preposition is a town only in a country of the language,
    // and never in English, whose countries name towns after people ("a statement from Taylor").
    const [word] = words;
    if (cue === 'directional' && words.length === 1 && word && model.lexicon.proper.has(word.norm)) {
      const home = language === 'en' ? [] : (HOME_COUNTRIES[language] ?? []);
      towns = towns.filter((t) => home.includes(t.country));
    }
    if (country) towns = towns.filter((t) => t.country === country);
    const town = towns.find((t) => context.countries.has(t.country)) ?? towns[0];
    const place = town && townPlace(model, town);
    if (!place) continue;
    // Found by its short name ("Frankfurt" for Frankfurt (Oder)): an alias.
    const short = townKey(place.name) !== key;
    if (short && foreignShortName(model, words, place, language)) continue;
    return { end: k, place, resolution: short ? 'alias' : 'exact' };
  }
  return undefined;
}
