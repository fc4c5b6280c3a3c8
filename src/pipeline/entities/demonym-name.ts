import type { EntityModel } from './model.ts';
import { isWordOf } from './lexicon.ts';
import { isTitle } from './proper-names.ts';
import { joinsName, type Token } from './text.ts';

/**
 * A one-word demonym that is also a given name, before a capitalised word nobody listed, opens a
 * person's name: "Frans Timmermans" (Dutch "Frans" = French). Dutch writes nouns in lowercase,
 * so there the capitalised word is a name; in English it is one when it is no English word
 * ("French Parliament" stays an adjective and a noun). A title after it ("French President") and
 * German, which capitalises every noun, keep the demonym.
 */
const INFLECTED_DUTCH_DEMONYM = /(?:se|sche)$/;

/**
 * An article or an age before it makes the demonym a noun: "de 40-jarige Brit Viswashkumar
 * Ramesh", "de Syriër Issa al-Hasan", "the Briton John Smith" name a national, no given name.
 */
const NOUN_BEFORE = /^(?:de|het|een|the|a|an|(?:\d{1,3}-)?(?:jarige|year-old|old))$/;

export function demonymOpensName(
  model: EntityModel,
  tokens: Token[],
  text: string,
  at: { first: number; end: number; language: string },
): boolean {
  const { first, end, language } = at;
  const demonym = tokens[first];
  const next = tokens[end];
  if (end - first !== 1 || !demonym || !next || (language !== 'en' && language !== 'nl')) return false;
  if (NOUN_BEFORE.test(tokens[first - 1]?.norm ?? '')) return false;
  if (!model.lexicon.proper.has(demonym.norm) || model.lexicon.adjectives.has(demonym.norm)) return false;
  // "het Duitse Erftstadt", "de Russische president": an inflected Dutch adjective is no given name.
  if (language === 'nl' && INFLECTED_DUTCH_DEMONYM.test(demonym.norm)) return false;
  if (!next.capitalised || next.allCaps || !joinsName(text.slice(demonym.end, next.start))) return false;
  if (isTitle(model, next.norm) || model.names.has(next.norm)) return false;
  return language === 'nl' || !isWordOf(next.norm, model.lexicon, 'en');
}
