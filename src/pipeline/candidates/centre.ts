/**
 * A place a happening is told to lie at: right after a word of the lexicon's `centreWords`
 * ("struck near Elbistan", "bij Elbistan", "nahe Antakya"), also with an article and a settlement
 * noun between ("near the city of Gaziantep", "in de buurt van de stad Antakya", "nahe der Stadt
 * Hatay"). Reports that name a place so say where the happening was; others may name a place only
 * in passing. A town the gazetteer knows standing right before the word is where it was, the place
 * after only says where that town lies ("in Mons-en-Barœul bij Lille", also across a border: "in
 * Emmerich, vlak over de Nederlandse grens bij Lobith"); a province before it is not
 * ("in der Provinz Hatay nahe Antakya").
 */
import { perObject } from '../per-object.ts';
import { alternation } from '../time/word-pattern.ts';
import type { Mention } from '../types.ts';

/** The lexicon's words as one expression ending at the name: tested on the few characters before it. */
const centreBefore = perObject(
  (words: readonly string[]) =>
    new RegExp(
      `(?<!\\p{L})(?:${alternation(words)})\\s+(?:(?:the|de|het|der|dem|den|die)\\s+)?` +
        '(?:(?:city|town|village|stad|stadje|dorp|dorpje|stadt|ortschaft|dorf|gemeinde)\\s+(?:of\\s+)?)?$',
      'iu',
    ),
);

/** How far before a name its centre word and what stands between may begin. */
const REACH = 40;

/**
 * Nothing but blanks and a comma between a town and the centre word after it, or the border the
 * town lies across: "in Emmerich, vlak over de Nederlandse grens bij Lobith" is in Emmerich.
 */
const ADJOINED = /^[\s,]*(?:(?:[\p{L}-]+\s+){1,5}?(?:grens|grenze|border)\s+)?$/u;

/** Whether the sentence puts its happening right at `place` ("near the city of Gaziantep"). */
export function centredAt(
  text: string,
  place: Mention,
  words: readonly string[],
  mentions: readonly Mention[],
  isTown: (m: Mention) => boolean,
): boolean {
  if (words.length === 0) return false;
  const from = Math.max(0, place.start - REACH);
  const found = centreBefore(words).exec(text.slice(from, place.start));
  if (!found) return false;
  const word = from + found.index;
  return !mentions.some(
    (m) => m !== place && m.end <= word && isTown(m) && ADJOINED.test(text.slice(m.end, word)),
  );
}
