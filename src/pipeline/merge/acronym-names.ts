/**
 * "Yoon's own People Power Party" in one report, "die Regierungspartei PPP" in another: an acronym
 * nobody listed is the one name nobody listed whose capitalised words it abbreviates, in the same
 * report or a sister report of the story.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { UNKNOWN_PREFIX } from '../entities/text.ts';
import type { SameStory } from '../story-links.ts';

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
  const acronyms = new Map<string, { id: string; documents: Set<string> }>();
  const full = new Map<string, Map<string, Set<string>>>();
  for (const c of candidates)
    for (const m of c.sentence.mentions) {
      if (!m.id?.startsWith(UNKNOWN_PREFIX) || m.kind === 'place') continue;
      if (ACRONYM.test(m.text)) {
        let entry = acronyms.get(m.text);
        if (!entry) acronyms.set(m.text, (entry = { id: m.id, documents: new Set() }));
        entry.documents.add(c.document);
      } else if (/\s/.test(m.text)) {
        const initials = initialsOf(m.text);
        if (initials.length < 2) continue;
        let names = full.get(initials);
        if (!names) full.set(initials, (names = new Map()));
        let documents = names.get(m.id);
        if (!documents) names.set(m.id, (documents = new Set()));
        documents.add(c.document);
      }
    }
  const to = new Map<string, string>();
  for (const [acronym, { id, documents }] of acronyms) {
    const names = [...(full.get(acronym) ?? [])].filter(([, written]) =>
      [...written].some((w) => [...documents].some((d) => w === d || sameStory(w, d))),
    );
    // Two names of the same initials in the story: the acronym is neither.
    if (names.length === 1) to.set(id, (names[0] as [string, Set<string>])[0]);
  }
  return to;
}
