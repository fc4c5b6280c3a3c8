/**
 * A figure's breakdown in apposition: "fünf weitere Leichen, vier Männer und eine Frau", "five more
 * bodies, four men and a woman", "twaalf doden, zeven mannen en vijf vrouwen". The parts after the
 * comma add up to the figure before it: they tell who those were, no rival count of them.
 */
import { CARDINAL_UNITS } from '../number-words.ts';
import type { NumberSpan } from './numbers.ts';
import type { PlacedFigure } from './placed-figure.ts';

/** A count's noun (up to four words: "mensen om het leven") and the comma that opens its breakdown. */
const APPOSITION_GAP = /^\s*[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}\s*,\s*$/u;

/** A part's noun and what joins it to the next part: "mannen en ", "men, ". */
const PART_GOES_ON = /^\s*[\p{L}'’-]+\s*(?:,|(?<!\p{L})(?:and|en|und))\s*$/iu;

/** What joins the parts: a comma, "and", "en", "und". */
const JOINT = /\s*(?:,|(?<!\p{L})(?:and|en|und)(?!\p{L}))\s*/iu;

/** Articles that count one: "a woman", "eine Frau", "een vrouw". */
const ONE = new Set(['a', 'an', 'ein', 'eine', 'einen', 'een', 'één']);

const CARDINALS: ReadonlyMap<string, number> = new Map(
  Object.values(CARDINAL_UNITS).flatMap((words) => Object.entries(words)),
);

/** The count a part opens with: digits, a cardinal word or an article of one. */
function partCount(part: string): number | undefined {
  const word = /^[\p{L}\p{N}]+/u.exec(part)?.[0].toLowerCase();
  if (word === undefined) return undefined;
  if (/^\d+$/.test(word)) return Number(word);
  return ONE.has(word) ? 1 : CARDINALS.get(word);
}

/** Whether the figure at `n` opens the breakdown of `before`: its parts add up to that figure. */
export function brokenDown(text: string, before: PlacedFigure, n: NumberSpan): boolean {
  const gap = text.slice(before.end, n.start);
  // "zeven mannen en vijf vrouwen": the next part of a breakdown already begun.
  if (before.whole !== undefined && PART_GOES_ON.test(gap))
    return APPOSITION_GAP.test(text.slice(before.whole, before.start).replace(/^[\p{N}\p{L}]+/u, ''));
  if (!APPOSITION_GAP.test(gap)) return false;
  const tail = /^[^.;:!?()]*/u.exec(text.slice(n.end))?.[0] ?? '';
  // The first piece is the noun of `n` itself; every piece after it is one more part.
  const rest = tail.split(JOINT).slice(1);
  if (rest.length === 0) return false;
  let sum = n.value;
  for (const part of rest) {
    const count = partCount(part);
    if (count === undefined) return false;
    sum += count;
  }
  return sum === before.figure.value;
}
