import type { PlacedFigure } from './figures.ts';
import type { NumberSpan } from './numbers.ts';

/**
 * A colon after a figure opens the list of its parts: "260 mensen om het leven: 241 inzittenden en 19
 * mensen op de grond" counts 260 dead, of whom 19 on the ground, not 19 against 260.
 */
const LISTED_PARTS = /:[^.;!?]*$/;
/** Words that go on with such a list: "241 passengers and crew and 19 people on the ground". */
const LIST_GOES_ON = /^(?:\s*[\p{L}'’-]+){0,3}\s*(?:,|\band|\ben|\bund)\s*$/iu;

/** Words that make the figure after them a part of the one before: "including 15 children", "darunter". */
export const PART_OF =
  /(?:including|among them|among whom|waaronder|onder wie|onder hen|darunter|unter ihnen)\s+$/i;

/**
 * Whether the figure at `n` is one of the parts listed after the figure `before`: after a colon, or
 * going on from a part such words opened ("honderd mensen …, onder wie vijftig alleenstaande
 * minderjarigen en vijftig mensen in gezinsverband" counts 100, of whom 50 and 50).
 */
export function listedPart(text: string, before: PlacedFigure, n: NumberSpan): boolean {
  const gap = text.slice(before.end, n.start);
  if (LISTED_PARTS.test(gap)) return true;
  if (before.whole === undefined) return false;
  const opening = text.slice(before.whole, before.start);
  return (LISTED_PARTS.test(opening) || PART_OF.test(opening)) && LIST_GOES_ON.test(gap);
}
