/**
 * A country named as the subject of a Dutch or German clause acts there; it is no place of what
 * the sentence tells. When a phrase of time or place opens the sentence, the subject follows the
 * finite verb: "In den gut zwei Wochen seit der Machtübernahme der Taliban am 15. August hatten
 * die USA … ausgeflogen" (the takeover was not in the United States), "Am Sonntag töteten die USA
 * … in Kabul", "Op 15 augustus hebben de VS …". So is a country opening a relative clause of place:
 * "des Baron Hotels, in dem Großbritannien seine Evakuierung organisiert" (the hotel is in Kabul),
 * "het hotel waar Groot-Brittannië zijn evacuatie regelt".
 */
import type { Token } from './text.ts';

/** Finite auxiliaries and modals: the word right after the fronted phrase. */
const AUXILIARIES = new Set(
  [
    'hat haben hatte hatten ist sind war waren wird werden wurde wurden kann konnen konnte konnten',
    'will wollen wollte wollten soll sollen sollte sollten muss mussen musste mussten',
    'heeft hebben had hadden is zijn was waren wordt worden werd werden kan kunnen kon konden',
    'wil willen wilde wilden zal zullen zou zouden moet moeten moest moesten',
  ]
    .join(' ')
    .split(' '),
);

/** The articles a country may carry as a subject: "die USA", "der Iran", "de VS", "het VK". */
const ARTICLES = new Set(['die', 'der', 'das', 'de', 'het']);

/** First words of a phrase of time or place that opens a sentence without being its subject. */
const OPENERS = new Set(
  [
    'am im in an auf bei beim seit nach vor wahrend mit zum zur um gegen trotz wegen laut uber unter',
    'gestern heute spater zuvor damals inzwischen danach',
    'op bij na sinds tijdens met om rond gisteren vandaag later eerder toen inmiddels daarna',
  ]
    .join(' ')
    .split(' '),
);

/**
 * German lower-case words that may stand before an article and are no verb: prepositions,
 * conjunctions, determiners, pronouns and adverbs ("gegen die USA", "sowie die Türkei", "verließ er
 * die Türkei", "traf der Sturm auch die Türkei"). German writes nouns capitalised, so any other
 * lower-case word there is the fronted verb ("töteten die USA").
 */
const NOT_A_VERB = new Set(
  [
    'in an auf aus bei mit nach seit von vor zu zum zur gegen durch fur ohne um uber unter zwischen',
    'hinter neben wegen trotz wahrend laut bis gen und oder sowie aber als wie dass ob weil den dem des',
    'ein eine einer einem eines er sie es wir ihr man sich ihn ihm ihnen uns',
    'auch nur noch schon bereits erneut wieder zudem erstmals nun jetzt sogar dann damit dabei',
  ]
    .join(' ')
    .split(' '),
);

/** Words that open a relative clause of place: "waar", "wo", "where". */
const WHERE = new Set(['waar', 'waarin', 'wo', 'worin']);

/** "in dem", "an der": a preposition and a relative pronoun after a comma. */
const RELATIVE_PRONOUNS = new Set(['dem', 'denen']);
const RELATIVE_PREPOSITIONS = new Set(['in', 'an', 'auf', 'bei', 'aus', 'von']);

function blankBetween(text: string, a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && /^\s+$/.test(text.slice(a.end, b.start));
}

/** The sentence opens with a phrase of time or place and no comma comes before `at`. */
function frontedPhraseBefore(tokens: readonly Token[], text: string, at: number): boolean {
  const first = tokens[0];
  return first !== undefined && OPENERS.has(first.norm) && !/[,;:]/.test(text.slice(0, at));
}

function afterFrontedVerb(tokens: readonly Token[], text: string, first: number, german: boolean): boolean {
  const prev = tokens[first - 1];
  const articled = prev !== undefined && ARTICLES.has(prev.norm) && blankBetween(text, prev, tokens[first]);
  const at = articled ? first - 2 : first - 1;
  const verb = tokens[at];
  // The fronted phrase takes at least one word before the verb.
  if (!verb || at < 1 || !blankBetween(text, verb, tokens[at + 1])) return false;
  const finite =
    AUXILIARIES.has(verb.norm) || (german && articled && !verb.capitalised && !NOT_A_VERB.has(verb.norm));
  return finite && frontedPhraseBefore(tokens, text, (tokens[first] as Token).start);
}

function opensRelativeOfPlace(tokens: readonly Token[], text: string, first: number): boolean {
  const prev = tokens[first - 1];
  if (!prev || !blankBetween(text, prev, tokens[first])) return false;
  if (WHERE.has(prev.norm)) return true;
  const preposition = tokens[first - 2];
  return (
    RELATIVE_PRONOUNS.has(prev.norm) &&
    preposition !== undefined &&
    RELATIVE_PREPOSITIONS.has(preposition.norm) &&
    /,\s*$/.test(text.slice(tokens[first - 3]?.end ?? 0, preposition.start))
  );
}

/**
 * Whether the country name of tokens `first` (its first token) is the subject of a Dutch or German
 * clause: after the verb a fronted phrase of time or place leaves second, or opening a relative
 * clause of place.
 */
export function countrySubject(
  tokens: readonly Token[],
  text: string,
  first: number,
  language: string | undefined,
): boolean {
  if (language !== 'de' && language !== 'nl') return false;
  return (
    afterFrontedVerb(tokens, text, first, language === 'de') || opensRelativeOfPlace(tokens, text, first)
  );
}
