/**
 * German capitalises every noun, so some common noun phrases look like names: a compound whose
 * front is an abstract noun joined by a linking "s" ("Sicherheitsmängel", "Regierungskreise"),
 * a sentence opened by an adjective before a plural ("Bewaffnete Männer stürmten …"), and an
 * unlisted short acronym before a noun ("Als erster Dax-Konzern …").
 */
import { opensClause } from './known.ts';
import type { EntityModel } from './model.ts';
import { compoundEnd, hasGermanNounEnding, isHyphen } from './name-edges.ts';
import {
  isGermanCompoundAfterAdjective,
  isGermanNounPair,
  opensGermanCommonNoun,
} from './german-common-nouns.ts';
import { isGermanSettingPhrase } from './german-setting-nouns.ts';
import { opensGermanAccount } from './german-source-nouns.ts';
import type { Token } from './text.ts';

/** An abstract noun, then the linking "s", then the compound's head: "sicherheitsmangel", "regierungskreise". */
const LINKED_COMPOUND = /(?:ung|heit|keit|schaft|tion|tat)s\p{L}{3,}$/u;

function isLinkedCompound(norm: string): boolean {
  return norm.length >= 10 && LINKED_COMPOUND.test(norm);
}

/**
 * An adjective by its derivation and declined ending, as German writes it at a sentence's start:
 * "Heftige", "Russische", "Bewaffnete", "Vermummte", "Maskierte", "Unbekannte", "Demonstrierende".
 * Given names do not end so ("Peter", "Sabine"), which a mere "-e", "-er" would take.
 */
const DERIVED_ADJECTIVE =
  /^(?:\p{Ll}{2,}(?:isch|lich|ig|bar|los|sam|haft|end|iert)|(?:be|ge|ver|ent|zer|un)\p{Ll}{3,}(?:t|et|en))(?:e|en|er|es|em)$/u;

/** A plural or a feminine noun by its ending: "Männer", "Truppen", "Regenfälle"; not "Armee". */
const PLURAL = /(?:[^e]e|en|er|n)$/;

/**
 * The two-word run opens its clause with a declined adjective before a plural noun: a common noun
 * phrase, capitalised only by its place. Inside a sentence German writes such an adjective in
 * lowercase, so a capitalised one there belongs to a name ("die Vereinten Nationen").
 */
function opensWithAdjective(tokens: Token[], text: string, first: number, end: number): boolean {
  const adjective = tokens[first];
  const noun = tokens[first + 1];
  if (end - first !== 2 || !adjective || !noun || adjective.allCaps || noun.allCaps) return false;
  if (!opensClause(tokens, text, first)) return false;
  return DERIVED_ADJECTIVE.test(adjective.text.toLowerCase()) && PLURAL.test(noun.norm);
}

/** An acronym or a short word before a hyphen: "Dax-", "SPD-". */
const SHORT_FRONT = 4;

/**
 * A compound at `i` made of a short front no data list and a common noun ("Dax-Konzern",
 * "Tui-Tochter"): the whole is a common noun, whoever the front stands for. A listed front
 * ("Wirecard-Konzern", "SPD-Politiker") names its actor in the first pass.
 */
function opensUnlistedFrontCompound(
  model: EntityModel,
  tokens: Token[],
  text: string,
  i: number,
  end: number,
): boolean {
  const front = tokens[i] as Token;
  if (front.norm.length > SHORT_FRONT) return false;
  const last = compoundEnd(tokens, text, i, end);
  if (last === i) return false;
  // An unmatched acronym's compound is a noun whatever its head ("IT-Vorfall", "KI-Modell"),
  // though its letters spell a listed word somewhere ("it"): a role after one ("BSI-Präsident")
  // is read before, as a title.
  if (front.allCaps) return true;
  return !model.names.has(front.norm) && hasGermanNounEnding((tokens[last] as Token).norm);
}

const INDEFINITE_ARTICLES = new Set(['ein', 'eine', 'einer', 'einem', 'einen', 'eines']);

/**
 * A hyphened compound right after an indefinite article, its front listed nowhere ("von einer
 * Boden-Luft-Rakete getroffen", "ein Flugabwehr-System"): German sets "ein" before a thing or a
 * role, not before the name of a person or a body the report tells of.
 */
function opensIndefiniteCompound(
  model: EntityModel,
  tokens: Token[],
  text: string,
  i: number,
  end: number,
): boolean {
  const before = tokens[i - 1];
  if (!before || !INDEFINITE_ARTICLES.has(before.norm)) return false;
  return compoundEnd(tokens, text, i, end) > i && !model.names.has((tokens[i] as Token).norm);
}

/**
 * The German compound at `i` is a common noun: "die Suezkanal-Behörde", "per E-Mail",
 * "Sicherheitsmängel", "Dax-Konzern", "einer Boden-Luft-Rakete".
 */
export function opensGermanCompoundNoun(
  model: EntityModel,
  tokens: Token[],
  text: string,
  i: number,
  end: number,
): boolean {
  return (
    opensGermanCommonNoun(tokens, text, i) ||
    isLinkedCompound((tokens[i] as Token).norm) ||
    opensUnlistedFrontCompound(model, tokens, text, i, end) ||
    opensIndefiniteCompound(model, tokens, text, i, end)
  );
}

/**
 * The German run [first, end) is a common noun phrase: two nouns, an adjective opening a clause
 * before a plural, or a noun its noun before sets ("Warnstufe Rot", "Richtung Norden").
 */
export function isGermanNounPhrase(tokens: Token[], text: string, first: number, end: number): boolean {
  return (
    isGermanNounPair(tokens, first, end) ||
    isGermanCompoundAfterAdjective(tokens, text, first, end) ||
    opensGermanAccount(tokens, first) ||
    opensWithAdjective(tokens, text, first, end) ||
    isGermanSettingPhrase(tokens, text, first, end)
  );
}

/**
 * The word after a listed acronym or hyphened to the word before is the compound's or the phrase's
 * noun, which a German report capitalises: "die ECOWAS Sanktionen", "die EU-Kommission", "der
 * Küstenwachen-Maschine" announce no name as "die Gewerkschaft Verdi" does.
 */
export function germanCompoundTail(tokens: Token[], text: string, first: number): boolean {
  const before = tokens[first - 1];
  const t = tokens[first] as Token;
  return before !== undefined && (before.allCaps || isHyphen(text.slice(before.end, t.start)));
}
