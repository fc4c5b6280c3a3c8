/**
 * Who is marked as the one who did a happening: "by X", "door X", "durch X", and German "von X"
 * in the passive.
 */
import type { Mention } from '../types.ts';
import type { EventLexicon } from './lexicon.ts';
import { perObject } from '../per-object.ts';

/**
 * A noun's apposition with its article: "celebrated … by the archbishop, the cardinal Angelo
 * Bagnasco", "door de burgemeester, de heer …": the name is the one marked.
 */
const APPOSITION = String.raw`\p{L}+,\s+(?:the|de|het|der|die|das)\s+(?:\p{L}+\s+){0,2}`;

/**
 * One expression for all the markers, rather than one compiled and run per marker word. No "as"
 * or "als" between: "identified by prosecutors as Nahel M." names the one identified, not the doer.
 */
const markerPattern = perObject(
  (markers: readonly string[]) =>
    new RegExp(
      `\\b(?:${markers.join('|')})\\s+(?:(?!(?:as|als)\\s)\\p{L}+\\s+){0,2}(?:${APPOSITION})?$`,
      'u',
    ),
);

/**
 * German "von" after an article and its noun: "den Rücktritt von Ministerpräsident X", "die
 * Festnahme von X". The noun is X's (what befell X, or what X owns); X did not do the verb.
 */
const OWNER_VON =
  /\b(?:[Dd](?:er|ie|as|en|em|es)|[Ee]in(?:e|en|em|es)?)\s+\p{Lu}\p{L}*\s+von\s+(?:\p{L}+\s+){0,2}$/u;

/** How far before the name its marker may stand, an apposition between. */
const REACH = 48;

/** "von" right before a name, perhaps after a title. */
const VON_BEFORE = /(?<![\p{L}])von\s+(?:\p{L}+\s+){0,2}$/u;
/** The German passive's auxiliary: only with it does "von" mark who did it. */
const PASSIVE = /(?<![\p{L}])(?:wurde|wurden|worden|werden|wird)(?![\p{L}])/iu;

/**
 * Marked as the one who did it: "by X", "door X", "durch X", and in the passive "von X"
 * ("wurde von X festgenommen"); "haben … Abschied von Papst Franziskus genommen" took leave of him.
 */
export function agentMarked(text: string, m: Mention, lexicon: EventLexicon): boolean {
  const before = text.slice(Math.max(0, m.start - REACH), m.start).toLowerCase();
  return (
    lexicon.agentMarkers.length > 0 &&
    markerPattern(lexicon.agentMarkers).test(before) &&
    !OWNER_VON.test(text.slice(Math.max(0, m.start - 60), m.start)) &&
    !(VON_BEFORE.test(before) && !PASSIVE.test(text))
  );
}
