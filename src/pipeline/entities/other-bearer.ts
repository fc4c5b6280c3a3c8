/**
 * A listed person is also found by the surname alone, so a relative or a namesake who shares it
 * ("Melania Trump", "Hunter Biden", "Nawaz Sharif") would be taken for the listed one. A given
 * name before the surname that is none of the listed person's own makes the whole name someone
 * else's, a person nobody listed.
 */
import { isCommonWord } from './common-words.ts';
import type { Found } from './found.ts';
import type { EntityModel } from './model.ts';
import { isFunctionWord, isNameParticle } from './name-edges.ts';
import { isTitle } from './proper-names.ts';
import { derivedFromKnown } from './derived-from-known.ts';
import { givenNamesFit } from './repair.ts';
import { germanGivenName } from './german-given-name.ts';
import type { Token } from './text.ts';

/**
 * Words before a person that are no given name, though a dictionary lists some with a capital:
 * qualifiers ("Former Trump adviser", "Voormalig Trump-adviseur", "Ehemaliger Trump-Berater"), a
 * party's member ("Democrat Biden") and the verb that opens a question ("Will Trump attend?").
 */
const QUALIFIERS = new Set(
  [
    'former ex late then acting outgoing incoming disgraced embattled lady',
    'voormalig voormalige oud toenmalig toenmalige demissionair demissionaire wijlen',
    'ehemalig ehemalige ehemaliger ehemaligen fruhere fruherer fruheren damalige damaliger amtierende amtierender',
    'verstorbene verstorbenen einstige einstigen',
    'democrat republican democraat republikein demokrat republikaner',
    'will can may could would should must shall does did zal wil kan moet wird kann muss soll',
  ]
    .join(' ')
    .split(' '),
);

/** A word that qualifies the title after it: "the late President", "wijlen president", "der verstorbene Präsident". */
export function isQualifier(norm: string): boolean {
  return QUALIFIERS.has(norm);
}

/** One space before the surname: "Biden-Harris" is a ticket of two, "Trump-Berater" a compound. */
const ONE_SPACE = /^\s$/u;

/**
 * The word reads as a given name: capitalised, no title, qualifier, article or nationality, and
 * a name the dictionary lists with a capital ("Hunter", "Felipe") or a word that is no vocabulary
 * ("Melania", "Nawaz"); in German, where every noun is capitalised, one shaped like a given name.
 */
function givenName(model: EntityModel, tokens: Token[], i: number, language: string): boolean {
  const t = tokens[i] as Token;
  const norm = t.norm;
  if (!t.capitalised || t.allCaps || t.text.length < 3) return false;
  if (QUALIFIERS.has(norm) || isFunctionWord(norm) || isNameParticle(norm) || isTitle(model, norm))
    return false;
  const lexicon = model.lexicon;
  // "Christian Lindner" in German or Dutch; in English "Russian", "Christian" qualify the name.
  if (language === 'en' && lexicon.adjectives.has(norm)) return false;
  if (derivedFromKnown(model, norm)) return false;
  if (lexicon.proper.has(norm)) return true;
  if (isCommonWord(norm, lexicon)) return false;
  return language !== 'de' || germanGivenName(tokens, i);
}

/**
 * Where another person's name begins, when the run [first, end) stands right before the listed
 * person's surname found alone: the given names at its end, when they are none of that person's
 * own ("Joe Biden", "Wolodimir Selenskyj", misspelt too); else undefined.
 */
export function otherBearerStart(
  model: EntityModel,
  tokens: Token[],
  text: string,
  person: Found,
  run: { first: number; end: number; language: string },
): number | undefined {
  const { first, end, language } = run;
  if (!person.person || person.first !== end || person.end - person.first !== 1 || end <= first)
    return undefined;
  const last = tokens[end - 1] as Token;
  if (!ONE_SPACE.test(text.slice(last.end, (tokens[end] as Token).start))) return undefined;
  let start = end;
  while (start > first && givenName(model, tokens, start - 1, language)) start--;
  return start < end && !givenNamesFit(model, person.id ?? '', tokens.slice(start, end)) ? start : undefined;
}
