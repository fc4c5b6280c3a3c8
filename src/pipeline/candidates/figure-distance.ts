import type { PlacedFigure } from './figures.ts';

/** A trigger's span in the sentence. */
interface Span {
  start: number;
  end: number;
}

/**
 * "and" (en, und) or a comma right before a figure: the figure is the subject of a coordinated
 * clause ("Een bezoeker kwam om het leven, twee anderen raakten zwaargewond").
 */
const OPENS_CLAUSE = /(?:\s(?:and|en|und)|,)\s+$/iu;
const CLAUSE_END = /[,;:]/u;

/**
 * How far a figure is from a happening's trigger. A figure inside the trigger ("schrapt … 6.000
 * banen") is its own, as is one the trigger's tally word closes on. A figure opening a coordinated clause ("… died at the scene and two women were
 * taken to hospital with serious injuries") is the subject of that clause: a trigger outside the
 * clause is farther than any inside it, however close in characters.
 */
export function figureDistance(f: PlacedFigure, h: Span, text: string): number {
  if (f.start >= h.start && f.end <= h.end) return 0;
  // "Die Zahl der Toten war … auf 15 gestiegen, nachdem eine verletzte Frau …": the tally's own word
  // is the trigger of what it counts, however near another trigger stands to the number.
  if (f.tallyAt !== undefined && f.tallyAt >= h.start && f.tallyAt < h.end) return 0;
  // A part ("including four children") counts the happening its whole counts, wherever it stands.
  if (f.whole !== undefined) return Math.abs(f.whole - h.start);
  const distance = Math.abs(f.start - h.start);
  const clauseEnd = coordinatedClauseEnd(f, text);
  if (clauseEnd < 0) return distance;
  return h.start >= f.start && h.start < clauseEnd ? distance : distance + text.length;
}

/** Where the coordinated clause a figure opens ends, or -1 where it opens none. */
export function coordinatedClauseEnd(f: Span, text: string): number {
  if (!OPENS_CLAUSE.test(text.slice(Math.max(0, f.start - 6), f.start))) return -1;
  const rest = text.slice(f.end).search(CLAUSE_END);
  return rest < 0 ? text.length : f.end + rest;
}

/**
 * ", which supplies hot water to about 30,000 people": a relative clause in the present tense
 * describes what the noun before it always is or does; its figures count no happening.
 */
const DESCRIPTION = /,\s+which\s+(?:is|are|has|have|(?!was\s)\p{Ll}+s)\s[^,;:]*$/u;

/** The figure sits in a describing clause that holds no trigger of the happenings `hs`. */
export function inDescription(f: PlacedFigure, hs: readonly Span[], text: string): boolean {
  const before = text.slice(Math.max(0, f.start - 80), f.start);
  if (!before.includes('which')) return false;
  const m = DESCRIPTION.exec(before);
  if (!m) return false;
  const clauseStart = f.start - before.length + m.index;
  return !hs.some((h) => h.start >= clauseStart && h.start < f.end + 40);
}
