/**
 * Where a plane, train or ship was heading is no place of what befell it: "an Air India plane
 * bound for London … crashed in Ahmedabad", "een trein op weg naar Thessaloniki", "ein Schiff auf
 * dem Weg nach Rotterdam" happened where it was, not at its destination. Nor is where a plane or a
 * flight was bound the place of what happened before it took off: "arrested at the airport shortly
 * before he wanted to board a plane to Algeria", "een vliegtuig naar Algerije", "ein Flugzeug nach
 * Algerien". Nor is where people meant to flee the place of what befell them on the way: "als sich
 * dort Hunderte Menschen mit Benzin für die Flucht nach Armenien versorgen wollten".
 */
import type { Mention } from '../types.ts';

const HEADING_FOR = new RegExp(
  String.raw`(?<!\p{L})(?:bound\s+for|en\s+route\s+to|on\s+(?:its|their|the|his|her)\s+way\s+to|headed\s+for|heading\s+for|op\s+weg\s+naar|onderweg\s+naar|met\s+bestemming|auf\s+dem\s+weg\s+nach|unterwegs\s+nach|mit\s+ziel|flucht\s+nach|vlucht\s+naar)\s+$`,
  'iu',
);

/** A plane or flight word, then "to"/"naar"/"nach" (an article may follow), right before the place. */
const PLANE_TO =
  /(?<![\p{L}])(?:plane|flight|vliegtuig|vlucht|toestel|flugzeug|flug|maschine)\s+(?:to|naar|nach)\s+(?:(?:the|het|de|den|die)\s+)?$/iu;

/**
 * Where someone meant to go and did not get: "arrested at Istanbul airport as he tried to leave for
 * Montenegro", "hij wilde naar Montenegro vluchten", "er wollte nach Montenegro ausreisen".
 */
const MEANT_TO_GO =
  /(?<![\p{L}])(?:(?:tried|trying|wanted|attempting|attempted|about|planning|planned)\s+to\s+(?:leave|fly|flee|travel|escape)\s+(?:for|to)|(?:wilde|wou|probeerde)\s+naar|(?:wollte|versuchte)\s+nach)\s+$/iu;

/** How far before a place its words may stand. */
const REACH = 40;

/** Whether the place `m` is named as where someone or something was heading. */
export function namesDestination(text: string, m: Mention): boolean {
  if (m.kind !== 'place') return false;
  const before = text.slice(Math.max(0, m.start - REACH), m.start);
  return HEADING_FOR.test(before) || PLANE_TO.test(before) || MEANT_TO_GO.test(before);
}
