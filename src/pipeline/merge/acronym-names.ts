/**
 * "Yoon's own People Power Party" in one report, "die Regierungspartei PPP" in another: an acronym
 * nobody listed is the one name nobody listed whose capitalised words it abbreviates, in the same
 * report or a sister report of the story.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { UNKNOWN_PREFIX } from '../entities/text.ts';
import type { SameStory } from '../story-links.ts';
import { soleRelated, writtenIn } from './story-names.ts';

/** Two to six capitals: "PPP", "KCTU". */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** A capitalised word of a name, whose first letter an acronym keeps. */
const CAPITALISED = /^\p{Lu}/u;

/** The initials of a name's capitalised words: "Korean Confederation of Trade Unions" → "KCTU". */
function initialsOf(name: string): string {
  let out = '';
  for (const word of name.split(/[\s-]+/)) if (CAPITALISED.test(word)) out += word[0];
  return out;
}

/** Each acronym's id to the id of the one full name that abbreviates to it in its story. */
export function acronymNames(
  candidates: readonly EventCandidate[],
  sameStory: SameStory,
): Map<string, string> {
  const acronyms = new Map<string, string>();
  const shortIn = new Map<string, Set<string>>();
  const full = new Map<string, Map<string, Set<string>>>();
  for (const c of candidates)
    for (const m of c.sentence.mentions) {
      if (!m.id?.startsWith(UNKNOWN_PREFIX) || m.kind === 'place') continue;
      if (ACRONYM.test(m.text)) {
        if (!acronyms.has(m.text)) acronyms.set(m.text, m.id);
        writtenIn(shortIn, m.text, c.document);
      } else if (/\s/.test(m.text)) {
        const initials = initialsOf(m.text);
        if (initials.length < 2) continue;
        let names = full.get(initials);
        if (!names) full.set(initials, (names = new Map()));
        writtenIn(names, m.id, c.document);
      }
    }
  const to = new Map<string, string>();
  const related = (w: string, d: string) => w === d || sameStory(w, d);
  for (const [acronym, id] of acronyms) {
    const named = soleRelated(full.get(acronym), shortIn.get(acronym) as Set<string>, related);
    if (named !== undefined) to.set(id, named);
  }
  return to;
}
