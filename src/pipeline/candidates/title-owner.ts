import type { Mention } from '../types.ts';

/**
 * Between an organisation (or a town) and the person its title word names: a compound's head
 * ("HTS-leider ", "Wagner-Chef ") or a title word (" leader ", " resident ", " Director ").
 */
const ROLE_OWNER_GAP =
  /^(?:-\p{L}+|\s+(?:leader|chief|head|boss|founder|commander|spokesman|spokeswoman|spokesperson|resident|director|leider|baas|topman|woordvoerder|bewoner|inwoner|directeur|chef|anführer|sprecher|sprecherin|bewohner|einwohner|direktor|direktorin))\s+$/iu;

/**
 * `owner` names whose title `holder` bears, right before it ("HTS-leider Ahmed al-Sharaa",
 * "Paiporta resident Ana Martínez"): the holder acts and speaks, the owner is neither the
 * agent nor the other party.
 */
export function ownsTitleOf(text: string, owner: Mention, holder: Mention): boolean {
  return owner.end <= holder.start && ROLE_OWNER_GAP.test(text.slice(owner.end, holder.start));
}

/** The person whose title the mention names, right after it, if any. */
export function titleHolderAfter(
  text: string,
  owner: Mention,
  mentions: readonly Mention[],
): Mention | undefined {
  return mentions.find((n) => n.start > owner.end && ownsTitleOf(text, owner, n));
}
