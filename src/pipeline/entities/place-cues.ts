/**
 * Words around a name that say it is a place: a preposition of place before it ("bij Zwolle",
 * "aus Meppen"), a settlement noun ("the town of Izyum", "het dorp Ootmarsum", "die Stadt
 * Meppen") or a landform noun ("the river Ural", "near the Ural river"). Per language, since
 * "in" is the only such word the three share.
 */
import type { Token } from './text.ts';

type Words = Record<string, ReadonlySet<string>>;

const words = (lists: Record<string, string>): Words =>
  Object.fromEntries(Object.entries(lists).map(([lang, list]) => [lang, new Set(list.split(' '))]));

/** Prepositions that put a place after them and seldom a person. */
const LOCATIVE = words({ en: 'in near outside', nl: 'in bij nabij', de: 'in bei nahe' });

/** Prepositions of where from or where to: also before a person ("a call from Smith", "nach Scholz"). */
const DIRECTIONAL = words({ en: 'from', nl: 'uit', de: 'aus nach' });

/** Nouns for a settlement, written before its name (English with "of": "the town of Izyum"). */
const SETTLEMENTS = words({
  en: 'town city village municipality settlement hamlet suburb',
  // Not "plaats" ("in plaats van") nor "Ort" ("vor Ort"): more often no settlement at all.
  nl: 'stad dorp gemeente plaatsje stadje dorpje',
  de: 'stadt dorf ortschaft gemeinde kleinstadt kreisstadt grossstadt marktgemeinde',
});

/** Nouns for a landform or a region, before its name or after it ("the Ural river", "Kyzylorda region"). */
const LANDFORMS = words({
  en: 'river lake mountain mountains valley island region province district county oblast steppe',
  // Not "meer" (lake, but also "more": "nog meer Russen").
  nl: 'rivier berg gebergte dal eiland regio provincie district',
  de: 'fluss see berg gebirge tal insel region provinz bezirk landkreis kreis',
});

/**
 * What says a place is meant, before or after a name: `locative` and `directional` prepositions,
 * a `settlement` or `landform` noun.
 */
export type PlaceCue = 'locative' | 'directional' | 'settlement' | 'landform';

const has = (list: Words, language: string, norm: string | undefined): boolean =>
  norm !== undefined && (list[language]?.has(norm) ?? false);

/** Only spaces between two tokens: a comma or a quote breaks the cue. */
function adjacent(text: string, a: Token, b: Token): boolean {
  return /^\s+$/.test(text.slice(a.end, b.start));
}

/** A noun of `list` right before token `i`, in English followed by "of". */
function nounBefore(list: Words, tokens: Token[], text: string, i: number, language: string): boolean {
  const before = tokens[i - 1];
  const name = tokens[i] as Token;
  if (!before || !adjacent(text, before, name)) return false;
  if (language !== 'en') return has(list, language, before.norm);
  const noun = tokens[i - 2];
  return (
    before.norm === 'of' &&
    noun !== undefined &&
    adjacent(text, noun, before) &&
    has(list, language, noun.norm)
  );
}

/**
 * German puts a region's adjective between the preposition and the town: "im oberbayerischen
 * Pfaffenhofen", "im nordrhein-westfälischen Hagen", "aus dem niedersächsischen Celle". The
 * adjective is written small and ends in "-ischen"/"-schen".
 */
const REGION_ADJECTIVE = /^\p{Ll}[\p{L}]*(?:isch|sch)en$/u;

/** Prepositions of place that may stand before "dem" or contract with it ("im", "beim"). */
const BEFORE_ADJECTIVE = new Set(['in', 'im', 'bei', 'beim', 'nahe', 'aus']);

/** "im oberbayerischen" right before token `i`: a preposition of place, perhaps "dem", and a region's adjective. */
export function regionAdjectiveBefore(tokens: Token[], text: string, i: number, language: string): boolean {
  if (language !== 'de') return false;
  let k = i - 1;
  const adjective = tokens[k];
  if (!adjective || !adjacent(text, adjective, tokens[i] as Token) || !REGION_ADJECTIVE.test(adjective.text))
    return false;
  // The first part of a hyphenated adjective: "nordrhein-westfälischen".
  while (k > 0 && text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start) === '-') k--;
  let before = tokens[k - 1];
  if (before?.norm === 'dem') before = tokens[k - 2];
  return before !== undefined && BEFORE_ADJECTIVE.has(before.norm);
}

/** The cue right before the name that begins at token `i`. */
export function placeCueBefore(
  tokens: Token[],
  text: string,
  i: number,
  language: string,
): PlaceCue | undefined {
  const before = tokens[i - 1];
  if (!before || !adjacent(text, before, tokens[i] as Token)) return undefined;
  if (has(LOCATIVE, language, before.norm)) return 'locative';
  if (has(DIRECTIONAL, language, before.norm)) return 'directional';
  if (nounBefore(SETTLEMENTS, tokens, text, i, language)) return 'settlement';
  if (nounBefore(LANDFORMS, tokens, text, i, language)) return 'landform';
  if (regionAdjectiveBefore(tokens, text, i, language)) return 'locative';
  return undefined;
}

/**
 * A landform or settlement noun ends the name or follows it: "the Ural River", "near the Ural
 * river", "Kyzylorda region".
 */
function placeNounAfter(tokens: Token[], text: string, end: number, language: string): boolean {
  const last = tokens[end - 1];
  const next = tokens[end];
  const noun = (t: Token | undefined): boolean =>
    t !== undefined && (has(LANDFORMS, language, t.norm) || has(SETTLEMENTS, language, t.norm));
  return noun(last) || (last !== undefined && next !== undefined && adjacent(text, last, next) && noun(next));
}

/**
 * A German settlement or landform noun opens the run ("im Dorf Kyzylorda-Zhol", "am Fluss
 * Ural"): German capitalises it, but the name is what follows.
 */
export function opensWithPlaceNoun(tokens: Token[], first: number, end: number, language: string): boolean {
  const t = tokens[first];
  return (
    language === 'de' &&
    first + 1 < end &&
    (has(SETTLEMENTS, language, t?.norm) || has(LANDFORMS, language, t?.norm))
  );
}

/**
 * Words around the name [first, end) say it is a place: a locative preposition, a settlement or
 * landform noun before it, or such a noun ending or following it. Not a preposition that also
 * comes before people ("from", "aus"), and not an owner ("in Smith's view").
 */
export function namesPlace(
  tokens: Token[],
  text: string,
  first: number,
  end: number,
  language: string,
): boolean {
  const last = tokens[end - 1];
  if (!last || /^['’]s\b/.test(text.slice(last.end))) return false;
  const cue = placeCueBefore(tokens, text, first, language);
  return (cue !== undefined && cue !== 'directional') || placeNounAfter(tokens, text, end, language);
}
