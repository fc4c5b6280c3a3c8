/**
 * A listed name right before another name word begins a person nobody listed: "Health Minister
 * Hamad Hassan" is not Osama Hamad, whose surname opens it; "OceanGate said that Stockton Rush"
 * is a man, not the Californian city. The first word is that person's given name.
 */
import { isCommonWord } from './common-words.ts';
import type { EntityModel } from './model.ts';
import type { NameHit } from './name-index.ts';
import { isFunctionWord, isNameParticle, isPersonTitle, isQuantityWord } from './name-edges.ts';
import type { Token } from './text.ts';
import { isWellKnownCity } from './well-known.ts';

/** One space between the two words: "Stockton, Rush" or "Hamad-Hassan" are no one name. */
const ONE_SPACE = /^ $/;

/** A listed person, or a town of a package that also bears a surname ("Hassan" in India). */
function personOrTown(model: EntityModel, hit: NameHit): boolean {
  const { type, id } = hit.name.target;
  if (type === 'actor') return model.actors.get(id)?.kind === 'person';
  return type === 'place' && model.places.get(id)?.origin === 'package';
}

/**
 * The word goes on a person's name: capitalised, no title, article or number, no listed place's name,
 * and a person's or a town's name ("Hassan"); outside German, where every noun is capitalised,
 * also a name the dictionary lists with a capital ("Rush") or a word that is no vocabulary.
 */
function surnameWord(
  model: EntityModel,
  tokens: Token[],
  text: string,
  i: number,
  language: string,
): boolean {
  const t = tokens[i];
  if (!t?.capitalised || t.allCaps || t.text.length < 3) return false;
  const norm = t.norm;
  if (isFunctionWord(norm) || isNameParticle(norm) || isPersonTitle(norm) || isQuantityWord(norm))
    return false;
  const hits = model.names.matchAt(tokens, text, i);
  if (hits.length > 0) return hits.every((h) => personOrTown(model, h));
  // The dictionary's reading of capitalised "-an" words as adjectives takes "Hassan" for one too.
  if (model.lexicon.adjectives.has(norm)) return false;
  // German capitalises its nouns, which English names spell too ("Nawalnys Tod").
  if (language === 'de') return false;
  return model.lexicon.proper.has(norm) || !isCommonWord(norm, model.lexicon);
}

/** The one word the hit matched may be a given name: a person's surname alone, a small city's name a dictionary lists. */
function mayBeGivenName(model: EntityModel, hit: NameHit, word: Token): boolean {
  const { type, id } = hit.name.target;
  if (type === 'actor') {
    const actor = model.actors.get(id);
    if (actor?.kind !== 'person') return false;
    // "Yoon Yeo-jeong" writes the family name first: garbled-given-name.ts reads it.
    const name = actor.name.toLowerCase().split(' ');
    // "Nawalnys Tod", "Poetins oorlog": a genitive owns what follows.
    const genitive = word.norm.endsWith('s') && !name.at(-1)?.endsWith('s');
    return !genitive && name[0] !== word.norm && !(model.givenNames.get(id) ?? []).includes(word.norm);
  }
  const place = type === 'place' ? model.places.get(id) : undefined;
  if (place?.origin !== 'package' || isWellKnownCity(place)) return false;
  return model.lexicon.proper.has(word.norm);
}

/** Whether the one-word hit is the given name of a person whose name goes on after it. */
export function opensAnotherPersonsName(
  model: EntityModel,
  hit: NameHit,
  tokens: Token[],
  text: string,
  language: string,
): boolean {
  if (hit.end - hit.first !== 1) return false;
  const word = tokens[hit.first] as Token;
  const next = tokens[hit.end];
  if (!next?.capitalised || word.allCaps || !ONE_SPACE.test(text.slice(word.end, next.start))) return false;
  return mayBeGivenName(model, hit, word) && surnameWord(model, tokens, text, hit.end, language);
}
