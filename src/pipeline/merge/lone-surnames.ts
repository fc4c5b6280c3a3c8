/**
 * "Volgens minister Soylu van Binnenlandse Zaken" in one report, "teilte Innenminister Süleyman
 * Soylu mit" in another of the same story: a family name nobody listed, written alone, is the one
 * person the story's other reports name in full with it. Within one report the entity stage links
 * a surname to the full name given before it; across reports only the story can.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { UNKNOWN_PREFIX } from '../entities/text.ts';
import type { SameStory } from '../story-links.ts';
import { soleRelated, writtenIn } from './story-names.ts';

/** Shorter lone words are too often initials, particles or parts of other names ("Li", "Ali"). */
const MIN_SURNAME = 4;
/** An acronym ("AFAD") is an organisation's short name, no family name. */
const ACRONYM = /^\p{Lu}[\p{Lu}\d]+$/u;
/** Full names of more words are mostly organisations or titles read as names. */
const MAX_WORDS = 3;

/** Each lone family name's id to the id of the full name a sister report gives it. */
export function loneSurnames(
  candidates: readonly EventCandidate[],
  sameStory: SameStory,
): Map<string, string> {
  const lone = new Map<string, Set<string>>();
  const full = new Map<string, Map<string, Set<string>>>();
  // A word the story names as a place ("in Duisburg") is that place, no family name ("MSV Duisburg").
  const places = new Set<string>();
  for (const c of candidates)
    for (const m of c.sentence.mentions) {
      if (m.kind === 'place') places.add(m.text.toLowerCase());
      if (!m.id?.startsWith(UNKNOWN_PREFIX) || m.kind === 'place') continue;
      const words = m.id.slice(UNKNOWN_PREFIX.length).split('-');
      const family = words.at(-1) as string;
      if (words.length === 1) {
        if (family.length >= MIN_SURNAME && !ACRONYM.test(m.text)) writtenIn(lone, m.id, c.document);
      } else if (words.length <= MAX_WORDS) {
        let names = full.get(family);
        if (!names) full.set(family, (names = new Map()));
        writtenIn(names, m.id, c.document);
      }
    }
  const to = new Map<string, string>();
  const sister = (w: string, d: string) => w !== d && sameStory(w, d);
  for (const [id, documents] of lone) {
    if (places.has(id.slice(UNKNOWN_PREFIX.length))) continue;
    // Two people of one family name in the story ("Raúl and Fidel Castro"): the lone one is neither.
    const named = soleRelated(full.get(id.slice(UNKNOWN_PREFIX.length)), documents, sister);
    if (named !== undefined) to.set(id, named);
  }
  return to;
}
