/**
 * Capitalised German words that no dictionary here can tell from a name: the head of a compound
 * whose front is a name ("die Suezkanal-Behörde"), the means after "per" ("per E-Mail", "per
 * Dekret"), a woman's role before a name ("die angeschlagene Konkurrentin Credit Suisse"), a
 * quantity after one ("CrowdStrike Millionen Windows-Rechner") and what an acronym is ("die
 * britische Großbank HSBC").
 */
import {
  hasGermanNounEnding,
  isFunctionWord,
  isGermanArticle,
  isHyphen,
  isQuantityWord,
} from './name-edges.ts';
import type { Token } from './text.ts';
import { isAcronym } from './acronyms.ts';

const DIGITS = /^\d/;

/**
 * The German noun a number or a quantity word counts ("mehr als 250.000 Menschen", "mehrere
 * Kilogramm Sprengstoff"): a common noun, though capitalised.
 */
export function countedAfterNumber(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && (DIGITS.test(before.text) || isQuantityWord(before.norm));
}

/** The run that starts at `first` is a common noun, not a name. */
export function opensGermanCommonNoun(tokens: Token[], text: string, first: number): boolean {
  const t = tokens[first];
  const before = tokens[first - 1];
  if (!t || !before) return false;
  if (before.norm === 'per') return true;
  return hasGermanNounEnding(t.norm) && isHyphen(text.slice(before.end, t.start));
}

/**
 * A woman's role or trade: "Konkurrentin", "Nachfolgerin", "Aktivistin", "Journalistin". Long
 * words only: given names end so too ("Valentin", "Florentin", "Karin").
 */
const ROLE_OF_A_WOMAN = /(?:ent|ant|ist|er|or|eur|ier)in$/;

export function isGermanWomansRole(norm: string): boolean {
  return norm.length >= 10 && ROLE_OF_A_WOMAN.test(norm);
}

/** The end of a run at the first quantity word after its start ("CrowdStrike Millionen Windows-Rechner"). */
export function endBeforeQuantity(tokens: Token[], first: number, end: number): number {
  for (let i = first + 1; i < end; i++) if (isQuantityWord((tokens[i] as Token).norm)) return i;
  return end;
}

/** A common noun that announces the name after it as a title does: "Konkurrentin", "US-Sicherheitsfirma". */
export function announcesGermanName(tokens: Token[], text: string, i: number): boolean {
  const t = tokens[i];
  return t !== undefined && (isGermanWomansRole(t.norm) || opensGermanCommonNoun(tokens, text, i));
}

/** Shorter than this, a word after a preposition may be a name or a firm ("mit Huawei", "bei Siemens"). */
const LONG_NOUN = 10;

/**
 * A noun without an article right after a preposition, before another capitalised word: "nach
 * Augenzeugenberichten Wasserwerfer", "nach Verhandlungen Scholz". A plural in the dative
 * (-en, -ern) or a noun by its ending, and long: given names and firms are short.
 */
export function opensBareGermanNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  if (!t || !before || t.norm.length < LONG_NOUN || before.capitalised) return false;
  if (!isFunctionWord(before.norm) || isGermanArticle(before.norm)) return false;
  return t.norm.endsWith('en') || t.norm.endsWith('ern') || hasGermanNounEnding(t.norm);
}

/**
 * A long noun after a declined word before a name of two words: "mit seinem kasachischen
 * Amtskollegen Muchtar Tileuberdi", "Sein Amtskollege Muchtar Tileuberdi". German capitalises
 * the role as it does the name; a given name after "seinem" or "kasachischen" is short
 * ("dem jungen Peter Müller").
 */
function opensGermanRoleAfterDeclined(tokens: Token[], i: number, end: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  if (!t || !before || i + 2 >= end || t.norm.length < LONG_NOUN) return false;
  if (isGermanArticle(before.norm) || POSSESSIVE.test(before.norm)) return true;
  return !before.capitalised && DECLINED_ADJECTIVE.test(before.text);
}

/** A possessive, also opening the sentence: "Sein Amtskollege Muchtar Tileuberdi". */
const POSSESSIVE = /^(?:mein|dein|sein|ihr|unser|eur)(?:e|en|em|er|es)?$/u;

/** Given names are seldom this long; a German agent noun often is: "Staatssekretär", "Vermittler". */
const LONG_AGENT = 12;
const AGENT_ENDING = /(?:er|ar|eur|ent|ant|ist|or)$/u;

/** "mit Staatssekretär Muchtar Tileuberdi": a long agent noun, bare after a preposition, before a name of two words. */
function opensBareGermanRole(tokens: Token[], i: number, end: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  if (!t || !before || i + 2 >= end || before.capitalised || !isFunctionWord(before.norm)) return false;
  return t.norm.length >= LONG_AGENT && AGENT_ENDING.test(t.norm);
}

/** A capitalised word that is a common noun before the name after it, bare or after a declined word. */
export function opensGermanNounBeforeName(tokens: Token[], i: number, end: number): boolean {
  return (
    opensBareGermanNoun(tokens, i) ||
    opensBareGermanRole(tokens, i, end) ||
    opensGermanRoleAfterDeclined(tokens, i, end)
  );
}

/** An abstract noun by its ending, long: "Erzeugungsleistung", "Rechenschaft"; no one's name. */
const ABSTRACT_NOUN = /^\p{L}{5,}(?:schaft|ung|heit|keit)(?:en)?$/u;

/**
 * Two nouns after an adjective or a number, a plural before an abstract noun: "innerhalb von
 * anderthalb Sekunden Erzeugungsleistung", "von den privaten Stromkonzernen Rechenschaft". German
 * capitalises both, but a name after a lowercase word that is no article ("der Deutschen
 * Forschungsgemeinschaft" follows one) does not begin with a plural.
 */
export function isGermanNounPair(tokens: Token[], first: number, end: number): boolean {
  const before = tokens[first - 1];
  const plural = tokens[first];
  const noun = tokens[first + 1];
  if (end - first !== 2 || !before || !plural || !noun) return false;
  if (before.capitalised || isGermanArticle(before.norm) || !/\p{L}/u.test(before.text)) return false;
  return plural.norm.endsWith('n') && ABSTRACT_NOUN.test(noun.norm);
}

/** A declined adjective, lower-case: "britische", "türkischen", "staatlicher". */
const DECLINED_ADJECTIVE = /^\p{Ll}{4,}(?:e|en|er|es|em)$/u;
/** Legal forms after a firm's name ("Siemens AG", "Bayer SE") are no name of their own. */
const LEGAL_FORMS = new Set(['ag', 'se', 'kg', 'gmbh', 'kgaa', 'plc', 'inc', 'ltd', 'llc', 'nv', 'bv']);

/**
 * What a name is, after an article and an adjective: "die britische Großbank HSBC", "die
 * türkische Katastrophenschutzbehörde AFAD", "der deutsche Konzern Siemens". Right after an
 * article the noun is an apposition by its look alone (name-edges.ts); after an adjective only
 * when it is a noun by its ending or an acronym follows, since a capitalised word there may open a
 * name ("die rechtsextreme Alternative für Deutschland").
 */
export function opensGermanAppositionAfterAdjective(tokens: Token[], i: number): boolean {
  const noun = tokens[i];
  const adjective = tokens[i - 1];
  const article = tokens[i - 2];
  const acronym = tokens[i + 1];
  if (!noun?.capitalised || noun.allCaps || !adjective || !article || !acronym) return false;
  if (!isGermanArticle(article.norm) || adjective.capitalised || !DECLINED_ADJECTIVE.test(adjective.text))
    return false;
  if (hasGermanNounEnding(noun.norm)) return acronym.capitalised;
  return isAcronym(acronym) && acronym.norm.length >= 3 && !LEGAL_FORMS.has(acronym.norm);
}

/**
 * One hyphened compound after an article and a lowercase adjective, a noun by its ending, with no
 * name after it: "der polnische Lkw-Fahrer, der …", "die neue Tui-Tochter". German names a person
 * there only after the noun ("der polnische Fahrer Łukasz Urban").
 */
export function isGermanCompoundAfterAdjective(
  tokens: Token[],
  text: string,
  first: number,
  end: number,
): boolean {
  const adjective = tokens[first - 1];
  const article = tokens[first - 2];
  const head = tokens[end - 1];
  if (end - first < 2 || !adjective || !article || !head || tokens[end]?.capitalised) return false;
  for (let i = first + 1; i < end; i++)
    if (!isHyphen(text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start))) return false;
  if (!isGermanArticle(article.norm) || adjective.capitalised || !DECLINED_ADJECTIVE.test(adjective.text))
    return false;
  return AGENT_ENDING.test(head.norm) || hasGermanNounEnding(head.norm);
}
