/**
 * Where a plane, train or ship was heading is no place of what befell it: "an Air India plane
 * bound for London … crashed in Ahmedabad", "een trein op weg naar Thessaloniki", "ein Schiff auf
 * dem Weg nach Rotterdam" happened where it was, not at its destination.
 */
import type { Mention } from '../types.ts';

const HEADING_FOR = new RegExp(
  String.raw`(?<!\p{L})(?:bound\s+for|en\s+route\s+to|on\s+(?:its|their|the|his|her)\s+way\s+to|headed\s+for|heading\s+for|op\s+weg\s+naar|onderweg\s+naar|met\s+bestemming|auf\s+dem\s+weg\s+nach|unterwegs\s+nach|mit\s+ziel)\s+$`,
  'iu',
);

/** How far before a place its words may stand. */
const REACH = 30;

/** Whether the place `m` is named as where someone or something was heading. */
export function namesDestination(text: string, m: Mention): boolean {
  return m.kind === 'place' && HEADING_FOR.test(text.slice(Math.max(0, m.start - REACH), m.start));
}
