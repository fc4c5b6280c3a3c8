/**
 * "De rellen begonnen na de dood van Nahel, die dinsdag door een agent werd doodgeschoten", "den
 * Anschlag in Pahalgam, bei dem Bewaffnete 26 Menschen erschossen hatten", "Nahel, who was shot
 * dead on Tuesday": a relative clause after a comma describes the noun it hangs on; what it tells
 * is subordinate to the main clause's happening, as an "after" clause is. So is what the subject
 * calls something in a clause after its deed ("Merkel visited Schuld on Sunday, calling the floods
 * that have killed at least 156 people terrifying"): the toll it names is no happening of the visit's.
 */
import { dutchRelativeAfterNoun } from '../noun-relative.ts';

/**
 * English: a relative pronoun of a person after its comma ("which" is a splitter of its own), or
 * "calling" opening what the subject calls something.
 */
const EN = /,\s+(?:who|whom|whose|calling)\s/gu;

/** Dutch: "die", "wie" after a preposition, and the pronominal adverbs ("waarbij", "waarin"). */
const NL = /,\s+(?:die|(?:bij|van|met|door|aan|voor|op|onder)\s+wie|waarbij|waarin)\s/giu;

/**
 * German: a relative pronoun, perhaps after its preposition ("bei dem"), or "wo" ("Erftstadt, wo
 * ein Erdrutsch mehrere Häuser mitgerissen hatte"), after a comma that closes a noun or name
 * (capitalised), or "wobei". An article opening a main clause of its own ("…
 * getötet, der Schütze wurde erschossen") is followed by its noun and the finite verb.
 */
const DE =
  /(?:\p{Lu}[\p{L}\d-]*|\d+\.?),\s+(?:wo\s|(?:(?:bei|in|an|mit|durch|von|nach|vor|unter|auf|aus|für|gegen|über|zu)\s+)?(?:der|die|das|den|dem|denen|deren|dessen|welche[rsmn]?)\s+(?!\p{Lu}[\p{L}-]*\s+(?:wurde|wurden|war|waren|ist|sind|hat|haben|hatte|hatten|wird|werden|kam|kamen|sei|seien|soll|sollen|habe|gab|gibt|bleibt|blieb)\s))|,\s+wobei\s/gu;

const BY_LANG: Record<string, RegExp> = { en: EN, nl: NL, de: DE };

/**
 * English without its comma, as translations write it: "The funeral of Shinzo Abe who was shot and
 * killed in Nara was performed on July 11". Only after a name, whose clause is plainly a
 * description, and only up to the main clause's own auxiliary: a clause with none after it is no
 * relative over a main clause.
 */
const EN_BARE = /(?<=\s\p{Lu}[\p{L}'’-]+)\s+who\s+(?:was|were|had|has)\s/gu;
const MAIN_AUXILIARY = /\s(?:was|were|is|are|had|has|have|will)\s/u;

/**
 * Dutch without its comma: "De 14-jarige dochter van de vrouw die gistermiddag in haar woning werd
 * doodgeschoten, is … overleden". Only right after a noun its article opens (see noun-relative),
 * and only a clause that a comma closes right after its verbs, one of them an auxiliary of the
 * passive or the past ("werd doodgeschoten", "was overleden"): a comma elsewhere may close the main
 * clause the pronoun ran into ("Bij de protesten die volgden kwamen … 22 mensen om het leven, …").
 */
const NL_BARE = /\sdie\s/giu;
const CLOSING_VERBS =
  /(?<![\p{L}])(?:werd|werden|was|waren|had|hadden|is|zijn)(?:\s+\p{Ll}+)?\s*$|(?<![\p{L}])\p{Ll}+\s+(?:werd|werden|was|waren|had|hadden|is|zijn)\s*$/u;

/** Cheap gate: the pronouns' shared letters after a comma. */
const COMMA = /,\s+[wdbc]/iu;

/** Where the clause ends: its closing comma or other stop, else the sentence's end. */
const CLAUSE_END = /[,;:–—]/u;

/** The sentence asked about last: the happenings chosen and the clause scope both ask for its spans. */
let last: { text: string; lang: string; spans: readonly [number, number][] } | undefined;

/** The spans of the relative clauses of `text` that hang on a noun, from the pronoun to the clause's end. */
export function relativeClauseSpans(text: string, lang: string): readonly [number, number][] {
  if (last?.text === text && last.lang === lang) return last.spans;
  const spans = findSpans(text, lang);
  last = { text, lang, spans };
  return spans;
}

function findSpans(text: string, lang: string): [number, number][] {
  const spans: [number, number][] =
    lang === 'en' && text.includes(' who ') ? bareSpans(text) : lang === 'nl' ? dutchBareSpans(text) : [];
  const re = BY_LANG[lang];
  if (!re || !COMMA.test(text)) return spans;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].indexOf(',') + 1;
    const rest = text.slice(m.index + m[0].length);
    const close = rest.search(CLAUSE_END);
    spans.push([start, close < 0 ? text.length : m.index + m[0].length + close]);
    re.lastIndex = m.index + m[0].length;
  }
  return spans;
}

function dutchBareSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  NL_BARE.lastIndex = 0;
  for (let m = NL_BARE.exec(text); m; m = NL_BARE.exec(text)) {
    const from = m.index + 1;
    const close = text.slice(from).search(CLAUSE_END);
    if (
      close > 0 &&
      CLOSING_VERBS.test(text.slice(from, from + close)) &&
      dutchRelativeAfterNoun(text, from + m[0].trim().length)
    )
      spans.push([from, from + close]);
    NL_BARE.lastIndex = m.index + m[0].length - 1;
  }
  return spans;
}

function bareSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  EN_BARE.lastIndex = 0;
  for (let m = EN_BARE.exec(text); m; m = EN_BARE.exec(text)) {
    const from = m.index + m[0].length;
    const rest = text.slice(from);
    const main = MAIN_AUXILIARY.exec(rest);
    const stop = rest.search(CLAUSE_END);
    if (main && (stop < 0 || main.index < stop)) spans.push([m.index + 1, from + main.index]);
  }
  return spans;
}
