/**
 * First pass over a sentence: every name listed in the data, longest match first, left to right.
 */
import { isCommonWord } from './common-words.ts';
import type { EntityModel } from './model.ts';
import type { NameHit } from './name-index.ts';
import { joinsName, type Token } from './text.ts';
import { isFunctionWord, isHyphen, isStormWord, isWindWord } from './name-edges.ts';
import { isInquiryObject } from './inquiry-objects.ts';
import { placeCueBefore, placeNounFollows, regionAdjectiveBefore } from './place-cues.ts';
import { isDestination, routeStart } from './route-ends.ts';
import { opensAnotherPersonsName } from './name-goes-on-as-person.ts';
import { riverOfTownName } from './river-of-town-name.ts';
import { garbledNameTailAt } from './garbled-name-tail.ts';
import { germanNounAfterIndefinite, isIndefiniteArticle } from './indefinite-article.ts';
import { isWellKnownCity } from './well-known.ts';

/** Prepositions that put a place after them: "in Reading", "near Split", "bei Essen", "bij Nice". */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'bei', 'nahe', 'bij', 'nabij']);

/**
 * Words that put a place after them, not a person: a part of it ("northern Gaza") or a movement
 * into it ("entered Gaza", "reached Kherson"). They vouch for a city whose name the dictionary
 * lists as a proper name, not for one whose name is an ordinary word ("Split").
 */
const PLACE_CUES = new Set(
  'northern southern eastern western central into across towards toward entered entering reached invaded shelled'.split(
    ' ',
  ),
);

/**
 * Directions ("naar Genua", "nach Genua"): like PLACE_CUES, but a capitalised word right after
 * makes the name a person's ("Nach Florence Schmidt sprach der Bürgermeister").
 */
const DIRECTIONS = new Set(['naar', 'nach']);

/**
 * Verbs of taking a town by force ("Rebels capture Hama", "De rebellen veroveren Hama", "Die
 * Rebellen erobern Hama"): like DIRECTIONS, their object is a place unless a name goes on after it.
 */
const CONQUESTS = new Set(
  'capture captures captured conquer conquers conquered veroveren verovert veroverde veroverden erobern erobert eroberte eroberten'.split(
    ' ',
  ),
);

/** Countries where the article's language is spoken: their cities need no other cue. */
export const HOME_COUNTRIES: Record<string, readonly string[]> = {
  en: ['GB', 'US', 'IE', 'CA', 'AU', 'NZ'],
  nl: ['NL', 'BE'],
  de: ['DE', 'AT', 'CH'],
};

/** ISO codes of the countries a sentence names, by name or demonym ("Croatia", "Croatian"). */
function countriesIn(tokens: Token[], text: string, model: EntityModel): Set<string> {
  const codes = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    for (const h of model.names.matchAt(tokens, text, i)) {
      const { type, id } = h.name.target;
      const place = type === 'place' || type === 'demonym' ? model.places.get(id) : undefined;
      if (place?.kind === 'country' && place.country) codes.add(place.country);
    }
  }
  return codes;
}

interface SentenceContext {
  language: string;
  /** The countries the sentence names, found when first needed. */
  countries?: Set<string>;
}

/**
 * A city taken unchecked from a package whose name is also an ordinary word ("Nice", "Split",
 * "Reading", "Mobile") is that city only where something says a place is meant: a preposition
 * of place or a settlement noun right before it, or its country in the same sentence. A name the dictionaries list
 * as a proper noun may be a given name ("Florence", "Austin"): unless the city is a capital or
 * a metropolis, it also counts in an article in its country's language ("Kassel" in German).
 * After a given name it is a surname ("Whitney Houston"). Curated places are trusted as listed.
 */
function packageCityFits(
  hit: NameHit,
  tokens: Token[],
  text: string,
  model: EntityModel,
  context: SentenceContext,
): boolean {
  const { type, id } = hit.name.target;
  const place = type === 'place' ? model.places.get(id) : undefined;
  if (place?.origin !== 'package') return true;
  const before = tokens[hit.first - 1];
  const spaced =
    before !== undefined && joinsName(text.slice(before.end, (tokens[hit.first] as Token).start));
  // A capitalised name before it makes one longer name ("Santa Cruz"); a sentence-initial "In"
  // (Hunspell's indium) or "Am" does not, nor a country's adjective between a preposition and a
  // town ("in het Indiase Ahmedabad"), which the lexicon lists as a proper noun.
  if (
    spaced &&
    before.capitalised &&
    model.lexicon.proper.has(before.norm) &&
    !isFunctionWord(before.norm) &&
    !regionAdjectiveBefore(tokens, text, hit.first, context.language)
  )
    return false;
  // "de Santa Maria Maggiore": a word right after it that no dictionary knows makes one longer,
  // foreign name. German is left out, whose nouns no dictionary here lists ("in Dresden Tausende").
  if (context.language !== 'de' && nameGoesOn(hit, tokens, text) && unknownWord(model, tokens[hit.end]))
    return false;
  const words = tokens.slice(hit.first, hit.end);
  const lexicon = model.lexicon;
  const wellKnown = isWellKnownCity(place);
  const common = words.every((t) => isCommonWord(t.norm, lexicon));
  const proper = words.length === 1 && !wellKnown && lexicon.proper.has((words[0] as Token).norm);
  if (!common && !proper) return true;
  if (spaced) {
    if (PLACE_PREPOSITIONS.has(before.norm)) return true;
    // "into Delta" moves into a town, "an investigation into Delta" looks into a company.
    const cued =
      proper &&
      (PLACE_CUES.has(before.norm) ||
        ((DIRECTIONS.has(before.norm) || CONQUESTS.has(before.norm)) && !nameGoesOn(hit, tokens, text)));
    if (cued && !isInquiryObject(tokens, text, hit.first, context.language)) return true;
    if (routeStart(model, tokens, text, hit.first, context.language)) return true;
    if (isDestination(tokens, text, hit.first, context.language)) return true;
  }
  if (regionAdjectiveBefore(tokens, text, hit.first, context.language)) return true;
  // "die Stadt Homs", "de stad Homs", "the city of Homs": the noun says a town is meant.
  if (placeCueBefore(tokens, text, hit.first, context.language) === 'settlement') return true;
  const country = place.country ?? '';
  context.countries ??= countriesIn(tokens, text, model);
  if (context.countries.has(country)) return true;
  return !common && (HOME_COUNTRIES[context.language] ?? []).includes(country);
}

/** A word neither the dictionaries nor the names of the data list. */
function unknownWord(model: EntityModel, token: Token | undefined): boolean {
  return (
    token !== undefined &&
    !isCommonWord(token.norm, model.lexicon) &&
    !model.lexicon.proper.has(token.norm) &&
    !model.names.has(token.norm)
  );
}

/** A capitalised word right after the name, no punctuation between: it is part of a longer name. */
function nameGoesOn(hit: NameHit, tokens: Token[], text: string): boolean {
  const after = tokens[hit.end];
  return (
    after !== undefined &&
    after.capitalised &&
    joinsName(text.slice((tokens[hit.end - 1] as Token).end, after.start))
  );
}

/**
 * The token opens the sentence or a quotation, where any word is capitalised, so a listed
 * place name that is also an ordinary word ("Oral", "Split") is no evidence there; countries
 * and actors ("China", "Turkey") are named there too often to be left out.
 */
export function opensClause(tokens: Token[], text: string, i: number): boolean {
  if (i === 0) return true;
  const before = text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start);
  return /[.!?:“"‘„«(—–]/.test(before);
}

/**
 * In English and Dutch a place joined by a hyphen to a capitalised word no data list begins a
 * longer name ("the village of Kyzylorda-Zhol"); German writes its compounds that way
 * ("Almaty-Besuch"), so there the place stands.
 */
function opensHyphenatedName(
  hit: NameHit,
  tokens: Token[],
  text: string,
  model: EntityModel,
  language: string,
): boolean {
  const next = tokens[hit.end];
  if ((language !== 'en' && language !== 'nl') || hit.name.target.type !== 'place' || !next?.capitalised)
    return false;
  if (model.places.get(hit.name.target.id)?.kind === 'country') return false;
  return isHyphen(text.slice((tokens[hit.end - 1] as Token).end, next.start)) && !model.names.has(next.norm);
}

/** A listed person's surname alone that names a place after him: "Harris County", "Putin Avenue". */
function personBeforePlaceNoun(
  hit: NameHit,
  tokens: Token[],
  text: string,
  model: EntityModel,
  language: string,
): boolean {
  const { type, id } = hit.name.target;
  return (
    type === 'actor' &&
    hit.end - hit.first === 1 &&
    model.actors.get(id)?.kind === 'person' &&
    placeNounFollows(tokens, text, hit.end, language)
  );
}

/** A listed person's surname alone after an indefinite article is a common noun (indefinite-article.ts). */
function surnameAsNoun(hit: NameHit, tokens: Token[], model: EntityModel): boolean {
  const { type, id } = hit.name.target;
  const before = tokens[hit.first - 1];
  return (
    type === 'actor' &&
    hit.end - hit.first === 1 &&
    isIndefiniteArticle(before?.norm) &&
    model.actors.get(id)?.kind === 'person'
  );
}

/**
 * A country's name right after a title whose holder bears it as his surname ("De Portugese
 * premier Montenegro"): the holder, whom the name index knows only by his full name, as a
 * surname that is a country's name is the country alone ("left for Montenegro").
 */
function holderNamedAsCountry(
  hit: NameHit,
  tokens: Token[],
  text: string,
  model: EntityModel,
): NameHit | undefined {
  const { type, id } = hit.name.target;
  if (type !== 'place' || hit.end - hit.first !== 1 || model.places.get(id)?.kind !== 'country')
    return undefined;
  const cue = model.roles.cueBefore(tokens, text, hit.first);
  if (!cue) return undefined;
  const word = (tokens[hit.first] as Token).norm;
  const holder = model.roles
    .holdersOf(cue.title, cue.country)
    .find((h) => model.actors.get(h)?.name.split(' ').at(-1)?.toLowerCase() === word);
  return holder
    ? { ...hit, name: { ...hit.name, target: { type: 'actor', id: holder, form: 'alias' } } }
    : undefined;
}

export function findKnown(tokens: Token[], text: string, model: EntityModel, language = ''): NameHit[] {
  const hits: NameHit[] = [];
  const context: SentenceContext = { language };
  const ownNames = model.namesIn.get(language);
  for (let i = 0; i < tokens.length;) {
    let hit: NameHit | undefined;
    const listed = model.names.matchAt(tokens, text, i);
    const own = ownNames?.matchAt(tokens, text, i);
    const found = own && own.length > 0 ? [...own, ...listed] : listed;
    // "Norfolk Southerly": no listed name longer than a word here, maybe a garbled one.
    if (!found.some((h) => h.end - h.first > 1)) hit = garbledNameTailAt(model, tokens, text, i);
    // Indexed: a for…of allocates an iterator result at every step until V8 optimises the loop, which
    // a run of a few hundred articles mostly does not live to see.
    for (let k = 0; k < found.length && !hit; k++) {
      const h = found[k] as NameHit;
      // "Hurricane Milton", "Hurrikan «Milton»": a storm's name, whatever town shares it.
      if (h.name.target.type === 'place' && h.first > 0 && isStormWord((tokens[h.first - 1] as Token).norm))
        continue;
      if (h.name.target.type === 'place' && isWindWord(tokens[h.end]?.norm)) continue;
      if (
        h.name.target.type === 'place' &&
        model.places.get(h.name.target.id)?.kind !== 'country' &&
        germanNounAfterIndefinite(tokens, h.first, h.end, language)
      )
        continue;
      if (personBeforePlaceNoun(h, tokens, text, model, language) || surnameAsNoun(h, tokens, model))
        continue;
      if (opensAnotherPersonsName(model, h, tokens, text, language)) continue;
      if (
        packageCityFits(h, tokens, text, model, context) &&
        !opensHyphenatedName(h, tokens, text, model, language) &&
        (h.end - h.first > 1 ||
          h.name.casing === 'acronym' ||
          h.name.target.type === 'actor' ||
          model.places.get(h.name.target.id)?.kind === 'country' ||
          !opensClause(tokens, text, i) ||
          !isCommonWord((tokens[i] as Token).norm, model.lexicon))
      ) {
        hit = h;
        break;
      }
    }
    if (hit) {
      hits.push(
        holderNamedAsCountry(hit, tokens, text, model) ??
          riverOfTownName(model, hit, tokens, language) ??
          hit,
      );
      i = hit.end;
    } else i++;
  }
  return hits;
}
