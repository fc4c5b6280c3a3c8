/**
 * Nouns for a site that lies at a place and is named after it: "Keflavík international airport",
 * "the Svartsengi power station", "de centrale van Svartsengi", "der Flughafen Keflavík", "das
 * Geothermiekraftwerk Svartsengi". The name is where the site is, as after a settlement noun.
 */
import type { Token } from './text.ts';

const FACILITIES: Record<string, readonly string[]> = {
  en: ['airport', 'airfield', 'station', 'plant', 'refinery'],
  nl: ['luchthaven', 'vliegveld', 'centrale', 'kerncentrale', 'raffinaderij'],
  // German compounds end with the noun: "Geothermiekraftwerk", "Verkehrsflughafen".
  de: ['flughafen', 'kraftwerk', 'raffinerie'],
};

/** A site noun, in German also as the end of a compound. */
export function isFacilityNoun(norm: string | undefined, language: string): boolean {
  const nouns = FACILITIES[language];
  if (norm === undefined || !nouns) return false;
  return language === 'de' ? nouns.some((n) => norm.endsWith(n)) : nouns.includes(norm);
}

const SPACE = /^\s+$/;

/** Only spaces between tokens `a` and `a + 1`. */
function spaced(tokens: Token[], text: string, a: number): boolean {
  const t = tokens[a];
  const u = tokens[a + 1];
  return t !== undefined && u !== undefined && SPACE.test(text.slice(t.end, u.start));
}

/** "de centrale van Svartsengi", "de luchthaven van Keflavík": a Dutch site noun and "van" before the name at `i`. */
export function facilityBefore(tokens: Token[], text: string, i: number, language: string): boolean {
  return (
    language === 'nl' &&
    tokens[i - 1]?.norm === 'van' &&
    spaced(tokens, text, i - 2) &&
    spaced(tokens, text, i - 1) &&
    isFacilityNoun(tokens[i - 2]?.norm, language)
  );
}

/**
 * What kind of site it is, between an English name and its site noun ("international", "power"):
 * only these, since "Smith said the station …" has a verb and an article there.
 */
const MODIFIERS = new Set(
  'international regional municipal power geothermal nuclear coal gas oil hydroelectric wind solar train railway rail bus police fire pumping treatment'.split(
    ' ',
  ),
);
const MAX_BETWEEN = 2;

/** "Keflavík international airport", "Svartsengi power station": an English site noun soon after the name ending at `end`. */
export function facilityAfter(tokens: Token[], text: string, end: number, language: string): boolean {
  if (language !== 'en') return false;
  for (let k = end; k <= end + MAX_BETWEEN; k++) {
    const t = tokens[k];
    if (!t || !spaced(tokens, text, k - 1)) return false;
    if (isFacilityNoun(t.norm, language)) return true;
    if (!MODIFIERS.has(t.norm)) return false;
  }
  return false;
}
