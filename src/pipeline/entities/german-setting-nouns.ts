/**
 * German nouns after a noun that sets them, capitalised as every noun is: a level's colour
 * ("die höchste Warnstufe Rot"), a direction ("über die Autobahn M4 Richtung Norden") and what is
 * laid down at a place a contracted article names ("legten am Tatort Blumen nieder").
 */
import { isGermanCompassNoun } from './name-edges.ts';
import { placeCueBefore } from './place-cues.ts';
import type { Token } from './text.ts';

/** The colours of warning levels. */
const LEVEL_COLOURS = new Set(['rot', 'orange', 'gelb', 'grun', 'violett', 'lila']);
/** Nouns a colour names the grade of: "Warnstufe", "Alarmstufe", "Unwetterwarnung". */
const LEVEL = /(?:stufe|warnung)$/;

/** A preposition fused with its article: the noun after it is the place, not a name's front. */
const FUSED_ARTICLES = new Set(['am', 'im', 'beim', 'vom', 'zum', 'zur', 'ins', 'ans']);
/** A plural by its ending, long enough to be no short name: "Blumen", "Kerzen", "Steine" is not. */
const PLURAL_EN = /^\p{L}{3,}en$/u;

/** The run ends in a colour after a level or a compass noun after "Richtung". */
function endsInSetting(tokens: Token[], end: number): boolean {
  const last = tokens[end - 1];
  const before = tokens[end - 2];
  if (!last || !before) return false;
  if (before.norm === 'richtung') return isGermanCompassNoun(last.norm);
  return LEVEL_COLOURS.has(last.norm) && LEVEL.test(before.norm);
}

/**
 * A noun after a fused article, then a plural that is the clause's object: "am Tatort Blumen",
 * "im Zentrum Kerzen". A name after such a noun is the place's own ("am Flughafen El Prat", "im
 * Gästehaus Santa Marta"), one word with no plural's ending or after a place's noun.
 */
function placeThenPlural(tokens: Token[], text: string, first: number, end: number): boolean {
  if (end - first !== 2) return false;
  const before = tokens[first - 1];
  const plural = tokens[first + 1] as Token;
  if (!before || !FUSED_ARTICLES.has(before.norm) || plural.allCaps || !PLURAL_EN.test(plural.norm))
    return false;
  return placeCueBefore(tokens, text, first + 1, 'de') === undefined;
}

/** The German run [first, end) ends in a noun its noun before sets, not a name. */
export function isGermanSettingPhrase(tokens: Token[], text: string, first: number, end: number): boolean {
  return endsInSetting(tokens, end) || placeThenPlural(tokens, text, first, end);
}
