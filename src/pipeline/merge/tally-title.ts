/** Which report names a tally's event: one that counts it, not one that only says who the dead were. */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { kindTraits } from '../candidates/kind-traits.ts';
import type { Item } from './item.ts';
import { titleCandidate } from './title-candidate.ts';

/**
 * The candidate whose title names the dead: one that counts them or names one of them, else a
 * report that counts them ("26 people killed", not "Deaths in India" of "Most of the dead were
 * tourists").
 */
export function deathsTitled(members: readonly Item[]): EventCandidate {
  const best = titleCandidate(members);
  if (best.figures.length > 0 || best.patient !== undefined) return best;
  const counted = members.filter((m) => m.c.figures.length > 0);
  return counted.length > 0 ? titleCandidate(counted) : best;
}

/**
 * A tally's event (the dead, the injured, the missing) is titled as the dead of a deadly happening
 * are: "Most of the dead were in their 20s", said by "the Yongsan fire department", names no place
 * of the 151 killed.
 */
export function talliedTitled(members: readonly Item[]): EventCandidate {
  const best = titleCandidate(members);
  return kindTraits(best.kind).tallied ? deathsTitled(members) : best;
}
