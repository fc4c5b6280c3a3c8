import { creditedAgency } from './credit.ts';
import { namesOrigin } from './origin.ts';
import { namesVehicleMake } from './vehicle-make.ts';
import { namesHolder } from './controlled-by.ts';
import { namesReferencePoint } from './reference-point.ts';
import { namesPrecedent } from './precedent.ts';
import { namesGrievance } from './grievance.ts';
import { namesDestination } from './destination-place.ts';
import { opensOrganisationName } from './place-in-name.ts';
import { namesSeat } from './seat-phrase.ts';
import { wordSet } from './word-set.ts';
import { mayNameBuilding, namedAsBuilding } from './named-as-building.ts';
import { namesBesides } from './besides.ts';
import { toldMedium } from './told-medium.ts';
import type { Mention } from '../types.ts';
import type { Reading, Scope } from './reading.ts';

/**
 * The sentence's mentions that may take part in its happening. "een arts uit Saoedi-Arabië werd
 * aangehouden": where someone comes from is no place of the happening, nor is where an
 * organisation sits ("mit Sitz in Oslo"); "(Reuters) -" credits the wire that carried the report,
 * which did nothing in it, nor did the medium a source "told"; "Alaska Airlines" is an airline,
 * not Alaska; "340 km southwest of Moscow" says where, not Moscow; "stormed the Congress, the
 * Supreme Court …" names buildings, not who acted, and "a Scania truck registered in Poland" what
 * drove, not who or where. `destination`: the kind is told by where
 * someone went, so a leader who flees on a plane to the Maldives went there.
 */
export function happeningMentions(scope: Scope, reading: Reading, destination: boolean): Mention[] {
  const { lexicon } = scope;
  const text = reading.s.text;
  const orgWords = wordSet(lexicon.orgWords);
  const building = mayNameBuilding(text);
  const aside = (m: Mention) =>
    (building && m.kind === 'actor' && !scope.isPerson(m) && namedAsBuilding(text, m)) ||
    namesOrigin(text, m) ||
    namesVehicleMake(text, m) ||
    namesHolder(text, m) ||
    creditedAgency(text, m) ||
    toldMedium(text, m, scope.isMedium) ||
    opensOrganisationName(text, m, orgWords) ||
    namesSeat(text, m, lexicon.seatWords) ||
    namesReferencePoint(text, m, reading.mentions) ||
    namesPrecedent(text, m) ||
    namesBesides(text, m) ||
    namesGrievance(text, m) ||
    (!destination && namesDestination(text, m));
  // Each mention is tested once: those before the first aside are kept as they are.
  const firstAside = reading.mentions.findIndex(aside);
  return firstAside < 0
    ? reading.mentions
    : reading.mentions.filter((m, i) => i < firstAside || (i > firstAside && !aside(m)));
}
