/**
 * Words around a name that say it is a place: a preposition of place before it ("bij Zwolle",
 * "aus Meppen"), a settlement noun ("the town of Izyum", "het dorp Ootmarsum", "die Stadt
 * Meppen") or a landform noun ("the river Ural", "near the Ural river"). Per language, since
 * "in" is the only such word the three share.
 */
import { facilityAfter, facilityBefore, isFacilityNoun } from './facility-cues.ts';
import { isHyphen } from './name-edges.ts';
import { listedAfterLocative } from './place-lists.ts';
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
  en: 'town city village municipality settlement hamlet suburb neighbourhood neighborhood',
  // Not "plaats" ("in plaats van") nor "Ort" ("vor Ort"): more often no settlement at all.
  nl: 'stad dorp gemeente plaatsje stadje dorpje wijk woonwijk buurt',
  de: 'stadt dorf ortschaft gemeinde kleinstadt kreisstadt grossstadt marktgemeinde stadtteil ortsteil viertel stadtviertel',
});

/** Nouns for a landform or a region, before its name or after it ("the Ural river", "Kyzylorda region"). */
const LANDFORMS = words({
  en: 'river lake mountain mountains valley island peninsula volcano crater craters glacier region province district county oblast steppe',
  // Not "meer" (lake, but also "more": "nog meer Russen").
  nl: 'rivier berg gebergte dal eiland schiereiland vulkaan krater gletsjer regio provincie district',
  de: 'fluss see berg gebirge tal insel halbinsel vulkan krater gletscher region provinz bezirk landkreis kreis',
});

/**
 * Nouns for a street, a square, a cemetery or a building, after its name: "Rustaveli Avenue", "de
 * Roestaveli-laan", "der Rustaweli-Boulevard", "Borisovskoye cemetery", "the Hamilton Hotel", "das
 * Hamilton-Hotel"; Dutch and German also write them as the end of one word ("Europaplein",
 * "Karlsplatz", "Borisovskoje-begraafplaats"). What such a name names is a site, never an actor.
 */
const STREETS = words({
  // Not "lane" or "road": surnames too ("Diane Lane"); nor "kerkhof" ("Kerkhof" is a surname).
  // English keeps a German or Dutch street's own noun ("Karl-Lehr-Strasse", "Potsdamer Platz").
  en: 'avenue street square boulevard prospekt cemetery hotel tower building mall strasse platz allee straat plein',
  // Not "toren" or "Turm": the ends of "motoren" and "Ansturm".
  nl: 'laan plein straat gracht weg kade boulevard begraafplaats hotel gebouw',
  de: 'strasse platz allee boulevard friedhof hotel gebaude',
});

/** Whether the word is a street noun or, in Dutch and German, ends with one ("Vrijheidsplein"). */
function isStreet(language: string, norm: string): boolean {
  if (has(STREETS, language, norm)) return true;
  if (language === 'en') return false;
  for (const w of STREETS[language] ?? []) if (norm.length >= w.length + 3 && norm.endsWith(w)) return true;
  return false;
}

/**
 * A compass direction and its preposition before a name: "north of Grindavík", "ten noorden van
 * Grindavík", "nördlich von Grindavík" (folded). A person is never north of anything.
 */
const COMPASS = words({
  en: 'north south east west northeast northwest southeast southwest',
  nl: 'noorden zuiden oosten westen noordoosten noordwesten zuidoosten zuidwesten',
  de: 'nordlich sudlich ostlich westlich nordostlich nordwestlich sudostlich sudwestlich',
});
const COMPASS_PREPOSITION: Record<string, string> = { en: 'of', nl: 'van', de: 'von' };

/**
 * The edge of a town and its preposition before the town's name: "the outskirts of Pittsburgh",
 * "een voorstad van Pittsburgh", "ein Vorort von Pittsburgh". A person has no suburbs.
 */
const OUTSKIRTS = words({
  en: 'outskirts suburbs',
  nl: 'voorstad voorsteden buitenwijk buitenwijken',
  de: 'vorort vororten',
});

/** A word of `list` with "of", "van" or "von" right before token `i`. */
function ofBefore(list: Words, tokens: Token[], text: string, i: number, language: string): boolean {
  const of = tokens[i - 1];
  const word = tokens[i - 2];
  return (
    of !== undefined &&
    word !== undefined &&
    of.norm === COMPASS_PREPOSITION[language] &&
    has(list, language, word.norm) &&
    adjacent(text, word, of)
  );
}

/**
 * What says a place is meant, before or after a name: `locative` and `directional` prepositions,
 * a `settlement` or `landform` noun, a `compass` direction ("north of"), a `facility` that lies
 * there ("de centrale van Svartsengi", "der Flughafen Keflavík").
 */
export type PlaceCue = 'locative' | 'directional' | 'settlement' | 'landform' | 'compass' | 'facility';

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
 * A region's adjective between a preposition of place and a town: German "im oberbayerischen
 * Pfaffenhofen", "aus dem niedersächsischen Celle" (written small, ending in "-ischen"/"-schen",
 * perhaps after "dem"), Dutch "in het Limburgse Meerssen" (capitalised, ending in "-se", after
 * "het").
 */
const REGION_ADJECTIVE: Record<string, RegExp> = {
  de: /^\p{Ll}\p{L}*(?:isch|sch)en$/u,
  nl: /^\p{Lu}\p{L}*se$/u,
};

/** Prepositions of place before the adjective (German also contracted with "dem": "im", "beim"). */
const BEFORE_ADJECTIVE = words({ de: 'in im bei beim nahe aus', nl: 'in bij nabij uit naar' });

/** The article between preposition and adjective: German may write "dem", Dutch must write "het". */
const ARTICLE: Record<string, { word: string; required: boolean }> = {
  de: { word: 'dem', required: false },
  nl: { word: 'het', required: true },
};

/** Token `k` is a region's adjective after a preposition of place ("im oberbayerischen"). */
export function isRegionAdjective(tokens: Token[], text: string, k: number, language: string): boolean {
  const adjective = tokens[k];
  const article = ARTICLE[language];
  if (!adjective || !article || !REGION_ADJECTIVE[language]?.test(adjective.text)) return false;
  // The first part of a hyphenated adjective: "nordrhein-westfälischen".
  let first = k;
  while (first > 0 && isHyphen(text.slice((tokens[first - 1] as Token).end, (tokens[first] as Token).start)))
    first--;
  let before = tokens[first - 1];
  if (before?.norm === article.word) before = tokens[first - 2];
  else if (article.required) return false;
  return has(BEFORE_ADJECTIVE, language, before?.norm);
}

/** A region's adjective right before token `i`: "im oberbayerischen Pfaffenhofen". */
export function regionAdjectiveBefore(tokens: Token[], text: string, i: number, language: string): boolean {
  const before = tokens[i - 1];
  return (
    before !== undefined &&
    adjacent(text, before, tokens[i] as Token) &&
    isRegionAdjective(tokens, text, i - 1, language)
  );
}

/** The cue right before the name that begins at token `i`. */
export function placeCueBefore(
  tokens: Token[],
  text: string,
  i: number,
  language: string,
): PlaceCue | undefined {
  const before = tokens[i - 1];
  if (!before) return undefined;
  const locative = (norm: string | undefined) => has(LOCATIVE, language, norm);
  // A comma breaks every cue but a list's ("in Paiporta, Catarroja and Alfafar").
  if (!adjacent(text, before, tokens[i] as Token))
    return listedAfterLocative(tokens, text, i, locative) ? 'locative' : undefined;
  if (has(LOCATIVE, language, before.norm)) return 'locative';
  if (has(DIRECTIONAL, language, before.norm)) return 'directional';
  if (nounBefore(SETTLEMENTS, tokens, text, i, language)) return 'settlement';
  if (ofBefore(OUTSKIRTS, tokens, text, i, language)) return 'settlement';
  if (ofBefore(COMPASS, tokens, text, i, language)) return 'compass';
  if (nounBefore(LANDFORMS, tokens, text, i, language)) return 'landform';
  if (facilityBefore(tokens, text, i, language)) return 'facility';
  if (language === 'de' && isFacilityNoun(before.norm, language)) return 'facility';
  if (regionAdjectiveBefore(tokens, text, i, language)) return 'locative';
  if (listedAfterLocative(tokens, text, i, locative)) return 'locative';
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
  if (noun(last) || (last !== undefined && next !== undefined && adjacent(text, last, next) && noun(next)))
    return true;
  // A street: "Rustaveli Avenue", "Roestaveli-laan", "Europaplein".
  if (last !== undefined && isStreet(language, last.norm)) return true;
  return (
    (last !== undefined &&
      next !== undefined &&
      (adjacent(text, last, next) || isHyphen(text.slice(last.end, next.start))) &&
      has(STREETS, language, next.norm)) ||
    facilityAfter(tokens, text, end, language)
  );
}

/**
 * A capitalised place noun right after the name makes it the place's: "Harris County", "Putin
 * Avenue", "Trump-Allee" are named after a person but are no person.
 */
export function placeNounFollows(tokens: Token[], text: string, end: number, language: string): boolean {
  return tokens[end]?.capitalised === true && placeNounAfter(tokens, text, end, language);
}

/**
 * A German settlement, landform or site noun opens the run ("im Dorf Kyzylorda-Zhol", "am Fluss
 * Ural", "der Flughafen Keflavík"): German capitalises it, but the name is what follows.
 */
export function opensWithPlaceNoun(tokens: Token[], first: number, end: number, language: string): boolean {
  const t = tokens[first];
  return (
    language === 'de' &&
    first + 1 < end &&
    (has(SETTLEMENTS, language, t?.norm) ||
      has(LANDFORMS, language, t?.norm) ||
      isFacilityNoun(t?.norm, language))
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

/**
 * A settlement or landform noun announces the run [first, end): before it ("the village of
 * Črna", "het dorp Ootmarsum") or, in German, as its first word ("das Dorf Črna").
 */
export function namesSettlement(
  tokens: Token[],
  text: string,
  first: number,
  end: number,
  language: string,
): boolean {
  if (opensWithPlaceNoun(tokens, first, end, language)) return true;
  const cue = placeCueBefore(tokens, text, first, language);
  return cue === 'settlement' || cue === 'landform';
}
