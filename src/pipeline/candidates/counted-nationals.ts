/**
 * The countries whose people a toll counts: "Mehr als 140 Menschen wurden … verletzt, unter ihnen
 * 18 US-Soldaten", "170 mensen om het leven gekomen, onder wie 13 Amerikaanse militairen". They say
 * who was befallen, not what country the happening is about: the injured of the Kabul bombing are
 * no happening in the United States, however another report of them names only Afghanistan.
 */
import type { Mention } from '../types.ts';
import type { PlacedFigure } from './figures.ts';

/** Between the count and the country: blanks only ("18 US-Soldaten", "13 Amerikaanse"). */
const BLANK = /^\s+$/;

/**
 * The ids of the country actors (by `isCountry`) named right after one of the figures, and of the
 * countries (actor or place, by `nameOf`) whose people a figure counts ("German officials say 75
 * Germans were among the dead", "Spain's government says 50 Spaniards died"): there the country
 * tells who died, not where.
 */
export function countedNationals(
  text: string,
  mentions: readonly Mention[],
  figures: readonly PlacedFigure[],
  isCountry: (m: Mention) => boolean,
  nameOf: (m: Mention) => string,
): string[] | undefined {
  if (figures.length === 0) return undefined;
  const ids: string[] = [];
  for (const m of mentions) {
    if (m.id === undefined || !isCountry(m) || ids.includes(m.id)) continue;
    const counted =
      (m.kind !== 'place' &&
        figures.some((f) => f.end < m.start && BLANK.test(text.slice(f.end, m.start)))) ||
      figures.some((f) => f.nation !== undefined && f.nation === nameOf(m));
    if (counted) ids.push(m.id);
  }
  return ids.length > 0 ? ids : undefined;
}
