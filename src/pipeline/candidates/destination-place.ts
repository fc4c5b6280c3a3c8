/**
 * Where a plane, train or ship was heading is no place of what befell it: "an Air India plane
 * bound for London … crashed in Ahmedabad", "een trein op weg naar Thessaloniki", "ein Schiff auf
 * dem Weg nach Rotterdam" happened where it was, not at its destination. Nor is where a plane or a
 * flight was bound the place of what happened before it took off: "arrested at the airport shortly
 * before he wanted to board a plane to Algeria", "een vliegtuig naar Algerije", "ein Flugzeug nach
 * Algerien". Nor is where people meant to flee the place of what befell them on the way: "als sich
 * dort Hunderte Menschen mit Benzin für die Flucht nach Armenien versorgen wollten". Nor are the
 * two ends of a journey's route: "a Boeing 777 flying from Amsterdam to Kuala Lumpur came down
 * near Hrabove", "vlucht MH17 van Amsterdam naar Kuala Lumpur", "auf dem Weg von Amsterdam nach
 * Kuala Lumpur".
 */
import type { Mention } from '../types.ts';

const HEADING_FOR = new RegExp(
  String.raw`(?<!\p{L})(?:bound\s+for|en\s+route\s+to|on\s+(?:its|their|the|his|her)\s+way\s+to|headed\s+for|heading\s+for|op\s+weg\s+naar|onderweg\s+naar|met\s+bestemming|auf\s+dem\s+weg\s+nach|unterwegs\s+nach|mit\s+ziel|flucht\s+nach|vlucht\s+naar)\s+$`,
  'iu',
);

/**
 * A plane or flight word, maybe its flight number ("flight AI171 to"), then "to"/"naar"/"nach" (an
 * article may follow), right before the place.
 */
const PLANE_TO =
  /(?<![\p{L}])(?:plane|flight|vliegtuig|vlucht|toestel|flugzeug|flug|maschine)\s+(?:\p{Lu}[\p{Lu}\d]\d{1,4}\s+)?(?:to|naar|nach)\s+(?:(?:the|het|de|den|die)\s+)?$/iu;

/**
 * Where someone meant to go and did not get: "arrested at Istanbul airport as he tried to leave for
 * Montenegro", "hij wilde naar Montenegro vluchten", "er wollte nach Montenegro ausreisen".
 */
const MEANT_TO_GO =
  /(?<![\p{L}])(?:(?:tried|trying|wanted|attempting|attempted|about|planning|planned)\s+to\s+(?:leave|fly|flee|travel|escape)\s+(?:for|to)|(?:wilde|wou|probeerde)\s+naar|(?:wollte|versuchte)\s+nach)\s+$/iu;

/** A word of a journey, a little before "from"/"van"/"von": a flight, a vehicle or its way. */
const JOURNEY = String.raw`(?<![\p{L}])(?:flight|flying|flew|plane|airliner|train|ship|vlucht|vloog|vliegtuig|toestel|trein|schip|flug|flog|flugzeug|maschine|zug|schiff|weg|way)(?![\p{L}])[^,.;:]{0,30}?`;

/** The start of a route, right before its first end: "flying from ", "van ", "auf dem Weg von ". */
const ROUTE_FROM = new RegExp(String.raw`${JOURNEY}(?:from|van|von)\s+$`, 'iu');

/** The route's other end follows: " to Kuala Lumpur", " naar Kuala Lumpur", " nach Kuala Lumpur". */
const ROUTE_ON = /^\s+(?:to|naar|nach)\s+\p{Lu}/u;

/** The route up to its second end: "flying from Amsterdam to ", "van Amsterdam naar ". */
const ROUTE_TO = new RegExp(
  String.raw`${JOURNEY}(?:from|van|von)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+(?:to|naar|nach)\s+$`,
  'iu',
);

/** How far before a place its words may stand. */
const REACH = 40;

/** Whether the place `m` is named as where someone or something was heading. */
export function namesDestination(text: string, m: Mention): boolean {
  if (m.kind !== 'place') return false;
  const before = text.slice(Math.max(0, m.start - REACH), m.start);
  return (
    HEADING_FOR.test(before) || PLANE_TO.test(before) || MEANT_TO_GO.test(before) || routeEnd(text, m, before)
  );
}

/** Whether the place `m` is one end of a journey's route, "from" it "to" another or the other way. */
function routeEnd(text: string, m: Mention, before: string): boolean {
  const wider = text.slice(Math.max(0, m.start - 2 * REACH), m.start);
  return (ROUTE_FROM.test(before) && ROUTE_ON.test(text.slice(m.end))) || ROUTE_TO.test(wider);
}
