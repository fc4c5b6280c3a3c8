import { killing, type Compiled } from './compiled.ts';
import type { PlacedFigure } from './figures.ts';
import type { TriggerHit } from './happenings.ts';
import { DEATHS_KIND } from './title.ts';

/**
 * Whether a happening of a kind that keeps no tally is told with the count a saying gives on its
 * day: a toll told as such ("Flash floods have killed at least 95 people, emergency services said
 * on Wednesday"), or the dead the happening caused, told after it ("A powerful earthquake in
 * Morocco killed 820 people, authorities said on Saturday"). The day dates the count; the floods
 * or the quake lie before it.
 */
export function toldWithSaidToll(
  h: TriggerHit,
  chosen: readonly TriggerHit[],
  kinds: Compiled['kinds'],
  figures: readonly PlacedFigure[],
): boolean {
  if (figures.some((f) => f.tally)) return true;
  const deaths = chosen.find((c) => c.kind === DEATHS_KIND);
  return deaths !== undefined && h !== deaths && h.start < deaths.start && killing(kinds, h.kind);
}
