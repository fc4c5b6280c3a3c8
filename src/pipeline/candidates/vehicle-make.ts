/**
 * What a vehicle is is no part of what it did: "The black Scania articulated truck, registered in
 * Poland …, drove into the market" names the truck's make and where it was registered, neither
 * an actor nor a place of the attack ("ein in Polen zugelassener Scania-Sattelzug", "een in Polen
 * geregistreerde vrachtwagen").
 */
import type { Mention } from '../types.ts';

/** Trucks, after at most two adjectives ("articulated"): a maker named before one built it. */
const VEHICLE =
  /^(?:\s+\p{Ll}{3,}(?:ed|e[nrsm]?)){0,2}?[\s-]+(?:truck|trucks|lorry|lorries|vrachtwagen|vrachtauto|lkw|lastwagen|sattelzug|sattelschlepper)(?![\p{L}])/iu;

/** "registered in", "geregistreerd in", "zugelassen in", "in Polen zugelassen": where a vehicle was registered. */
const REGISTERED_BEFORE =
  /(?<![\p{L}])(?:registered in|geregistreerd in|ingeschreven in|zugelassen in|angemeldet in)\s+(?:(?:the|het|de|dem|der|den)\s+)?$/iu;
const IN_BEFORE = /(?<![\p{L}])in\s+(?:(?:the|het|de|dem|der|den)\s+)?$/iu;
const REGISTERED_AFTER =
  /^\s+(?:geregistreerde?|ingeschreven|zugelassene[nrms]?|angemeldete[nrms]?)(?![\p{L}])/iu;

/** Whether `m` names the maker of a vehicle or where it was registered (a place). */
export function namesVehicleMake(text: string, m: Mention): boolean {
  if (m.kind === 'place') {
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    return (
      REGISTERED_BEFORE.test(before) ||
      (IN_BEFORE.test(before) && REGISTERED_AFTER.test(text.slice(m.end, m.end + 30)))
    );
  }
  // A maker nobody listed ("Scania") looks like a surname: no one's name stands before "truck".
  return VEHICLE.test(text.slice(m.end, m.end + 40));
}
