/**
 * "In ganz Deutschland starben mehr als 180 Menschen, in Belgien 41": a last clause of a place and
 * a bare number, its verb left out, counts another place's share. That place is no place of the
 * sentence's count: Belgium's 41 dead are not among Germany's 180.
 */
import type { Mention } from '../types.ts';
import type { EventCandidate } from './event-candidate.ts';
import { formatNumber } from './format-number.ts';

/** A comma (or "and"), a preposition of place, up to three words of its name, a number, the end. */
const GAPPED_SHARE =
  /(?:,|\s(?:and|en|und))\s+(?:in|im|op|bij|bei|at)\s+(?:\p{L}[\p{L}'’-]*\s+){1,3}(\d[\d.,]*)\s*[.;!]?\s*$/u;

/** The sentence's closing share, looked for once though both functions below ask for it. */
let last: { text: string; share: RegExpExecArray | null } | undefined;

function shareIn(text: string): RegExpExecArray | null {
  if (last?.text !== text) last = { text, share: GAPPED_SHARE.exec(text) };
  return last.share;
}

/** Drops from `c` the places its sentence names only in a closing share of another place. */
export function withoutGappedShare(c: EventCandidate, mentions: readonly Mention[], text: string): void {
  if (c.figures.length === 0 || c.places.length < 2) return;
  const share = shareIn(text);
  if (!share) return;
  const from = share.index;
  const elsewhere = (id: string) => mentions.some((m) => m.id === id && m.start < from);
  c.places = c.places.filter(elsewhere);
  if (c.asidePlaces) c.asidePlaces = c.asidePlaces.filter(elsewhere);
}

/**
 * The other place's own toll the share tells: "in Belgien 41" after Germany's 180 dead is "41
 * people killed" in Belgium, counted as the sentence counts its toll. Only for a count titled by
 * its number alone ("More than 180 people killed"); undefined where the sentence has no such share.
 */
export function gappedShareToll(
  c: EventCandidate,
  mentions: readonly Mention[],
  text: string,
): EventCandidate | undefined {
  const [figure] = c.figures;
  if (!figure || c.figures.length > 1 || c.uncountedTitle === undefined) return undefined;
  const counts = figure.counts;
  if (c.uncountedTitle !== counts.charAt(0).toUpperCase() + counts.slice(1)) return undefined;
  const share = shareIn(text);
  const number = share?.[1];
  if (!share || number === undefined) return undefined;
  const places = mentions.filter((m) => m.kind === 'place' && m.id !== undefined && m.start > share.index);
  const [place] = places;
  if (place?.id === undefined || places.length > 1) return undefined;
  const value = Number(number.replace(/[.,]/g, ''));
  if (!Number.isInteger(value) || value < 2) return undefined;
  const own = {
    ...c,
    figures: [{ value, counts, text: number, qualifier: 'exact' as const }],
    places: [place.id],
  };
  delete own.asidePlaces;
  delete own.titlePlace;
  return { ...own, title: `${formatNumber(value)} ${counts}` };
}
