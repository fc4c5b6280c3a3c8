/**
 * A person named by surname alone in one report ("Premier Mitsotakis zei vandaag…") and in full in
 * another ("the Greek prime minister, Kyriakos Mitsotakis"): the entity stage links the surname to
 * the full name only within one article, so across articles the two would share no actor.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { UNKNOWN_PREFIX } from '../entities/text.ts';

/** The last word of an unlisted name of two words or more ("name:kyriakos-mitsotakis"), else undefined. */
function lastWord(id: string): string | undefined {
  const dash = id.lastIndexOf('-');
  return dash > UNKNOWN_PREFIX.length ? id.slice(dash + 1) : undefined;
}

/**
 * Full names some article also writes by their last word alone ("Mr Mitsotakis" linked to
 * "name:kyriakos-mitsotakis"), so that word is a person's surname, not the head of a company's
 * name ("Reiseveranstalter TUI"): by surname, the full names it stands for.
 */
function knownBySurname(candidates: readonly EventCandidate[]): Map<string, Set<string>> {
  const bySurname = new Map<string, Set<string>>();
  for (const c of candidates) {
    for (const m of c.sentence.mentions) {
      const id = m.id;
      if (id === undefined || !id.startsWith(UNKNOWN_PREFIX) || m.text.includes(' ')) continue;
      const surname = lastWord(id);
      if (surname === undefined || surname !== m.text.toLowerCase()) continue;
      const ids = bySurname.get(surname);
      if (ids) ids.add(id);
      else bySurname.set(surname, new Set([id]));
    }
  }
  return bySurname;
}

/**
 * Each one-word unlisted name ("name:mitsotakis") that is the surname of exactly one full name
 * known by it in the corpus, with that full name's id (its canonical one where `canonical` has it).
 * Two people of that surname ("Donald Trump", "Melania Trump") leave it alone.
 */
export function surnameIds(
  candidates: readonly EventCandidate[],
  canonical: ReadonlyMap<string, string>,
): Map<string, string> {
  const found = new Map<string, string>();
  let bySurname: Map<string, Set<string>> | undefined;
  for (const c of candidates) {
    for (const id of c.actors) {
      if (found.has(id) || !id.startsWith(UNKNOWN_PREFIX) || id.includes('-', UNKNOWN_PREFIX.length))
        continue;
      bySurname ??= knownBySurname(candidates);
      if (bySurname.size === 0) return found;
      const full = bySurname.get(id.slice(UNKNOWN_PREFIX.length));
      if (!full) continue;
      // One person spelt two ways ("Levan Beridze", "Lewan Beridse") is still one.
      const people = new Set([...full].map((f) => canonical.get(f) ?? f));
      if (people.size === 1) found.set(id, [...people][0] as string);
    }
  }
  return found;
}
