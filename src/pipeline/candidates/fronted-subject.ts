/**
 * Dutch and German put the subject right after a fronted verb: "Vorig jaar gaf Duitsland …",
 * "Zondag beloofde de Europese Unie …", "teilte Oberbürgermeister Mike Schubert mit", also with an
 * article, adjectives and the person's title: "warnte der französische Präsident Emmanuel Macron",
 * "zei de Amerikaanse president Biden".
 */
import { isPersonTitle } from '../entities/name-edges.ts';
import { fold } from '../entities/text.ts';

/**
 * Compounds that end in a title: "Energieminister", "Regierungssprecher", "Polizeichef",
 * "bondskanselier", "vicepremier"; a firm's or an office's head ("Betriebsleiter",
 * "operationeel directeur", "Vorstandsvorsitzende"); and ranks, also as the last part of a
 * hyphenated one ("kolonel-majoor", "luitenant-generaal").
 */
const COMPOUND_TITLE =
  /(?:minister|ministerin|prasident|prasidentin|sprecher|sprecherin|chef|chefin|kanzler|kanzlerin|kanselier|premier|leiter|leiterin|direktor|direktorin|directeur|woordvoerder|voorzitter|vorsitzende|vorsitzender|general|generaal|majoor|kolonel)$/;

/** The verb and a blank: the name does not start inside the verb's word. */
const VERB_THEN_BLANK = /^\S+\s/;

const ARTICLE = /^(?:de|het|die|der|das|den|the)$/i;

/** An adjective as it stands between an article and its noun: "französische", "Amerikaanse", "neuen". */
const INFLECTED = /en?$/i;

/** Adjectives a subject's title may carry: "der stellvertretende Regierungssprecher". */
const MAX_ADJECTIVES = 2;

function isTitle(word: string): boolean {
  const norm = fold(word);
  return isPersonTitle(norm) || COMPOUND_TITLE.test(norm);
}

/**
 * `between` runs from a fronted verb to a name: the verb, then perhaps an article, adjectives (only
 * after the article) and a title. The name is then the verb's subject; any other word ("zei tegen
 * Rutte", "sagte der Zeitung Bild") makes it an object.
 */
export function frontedSubject(between: string): boolean {
  if (!VERB_THEN_BLANK.test(between)) return false;
  const words = between.trim().split(/\s+/).slice(1);
  const articled = words.length > 0 && ARTICLE.test(words[0] as string);
  const rest = articled ? words.slice(1) : words;
  const title = rest.pop();
  if (title === undefined) return true;
  if (rest.length > (articled ? MAX_ADJECTIVES : 0) || !rest.every((w) => INFLECTED.test(w))) return false;
  return isTitle(title);
}
