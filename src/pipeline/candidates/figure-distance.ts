import type { PlacedFigure } from './figures.ts';

/** A trigger's span in the sentence. */
interface Span {
  start: number;
  end: number;
}

/** "and" (en, und) right before a figure: the figure is the subject of a coordinated clause. */
const OPENS_CLAUSE = /\s(?:and|en|und)\s+$/iu;
const CLAUSE_END = /[,;:]/u;

/**
 * How far a figure is from a happening's trigger. A figure inside the trigger ("schrapt … 6.000
 * banen") is its own. A figure opening a coordinated clause ("… died at the scene and two women were
 * taken to hospital with serious injuries") is the subject of that clause: a trigger outside the
 * clause is farther than any inside it, however close in characters.
 */
export function figureDistance(f: PlacedFigure, h: Span, text: string): number {
  if (f.start >= h.start && f.end <= h.end) return 0;
  // A part ("including four children") counts the happening its whole counts, wherever it stands.
  if (f.whole !== undefined) return Math.abs(f.whole - h.start);
  const distance = Math.abs(f.start - h.start);
  if (!OPENS_CLAUSE.test(text.slice(Math.max(0, f.start - 6), f.start))) return distance;
  const rest = text.slice(f.end).search(CLAUSE_END);
  const clauseEnd = rest < 0 ? text.length : f.end + rest;
  return h.start >= f.start && h.start < clauseEnd ? distance : distance + text.length;
}
