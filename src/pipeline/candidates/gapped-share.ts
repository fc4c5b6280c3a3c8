/**
 * "In ganz Deutschland starben mehr als 180 Menschen, in Belgien 41": a last clause of a place and
 * a bare number, its verb left out, counts another place's share. That place is no place of the
 * sentence's count: Belgium's 41 dead are not among Germany's 180.
 */
import type { Mention } from '../types.ts';
import type { EventCandidate } from './event-candidate.ts';

/** A comma (or "and"), a preposition of place, up to three words of its name, a number, the end. */
const GAPPED_SHARE =
  /(?:,|\s(?:and|en|und))\s+(?:in|im|op|bij|bei|at)\s+(?:\p{L}[\p{L}'’-]*\s+){1,3}\d[\d.,]*\s*[.;!]?\s*$/u;

/** Drops from `c` the places its sentence names only in a closing share of another place. */
export function withoutGappedShare(c: EventCandidate, mentions: readonly Mention[], text: string): void {
  if (c.figures.length === 0 || c.places.length < 2) return;
  const share = GAPPED_SHARE.exec(text);
  if (!share) return;
  const from = share.index;
  const elsewhere = (id: string) => mentions.some((m) => m.id === id && m.start < from);
  c.places = c.places.filter(elsewhere);
  if (c.asidePlaces) c.asidePlaces = c.asidePlaces.filter(elsewhere);
}
