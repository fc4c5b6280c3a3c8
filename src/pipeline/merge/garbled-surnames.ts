/**
 * "President Holland said yesterday evening in a television speech": a machine translation wrote
 * François Hollande's family name without its last letter, and the entity stage left "Holland" a
 * name nobody listed. Where another report of the same story names the listed person, a one-word
 * name that keeps his family name's first letters and changes or drops only its last one or two is his,
 * when the report never writes his name right: a namesake in the same story is rarer than a garble.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import type { ActorEntry } from '../types.ts';
import { fold, UNKNOWN_PREFIX } from '../entities/text.ts';
import type { SameStory } from '../story-links.ts';

/** Letters the garble keeps of the family name, at least. */
const KEPT = 5;
/** Letters of the family name's ending the garble may change or drop. */
const ENDING = 2;

/**
 * Whether `written` is `family` with only its last letters changed or dropped; one longer is
 * another word of it ("Hollanders").
 */
export function endingGarbled(written: string, family: string): boolean {
  if (written === family || written.length > family.length) return false;
  let kept = 0;
  while (kept < written.length && written[kept] === family[kept]) kept++;
  return kept >= KEPT && written.length - kept <= ENDING && family.length - kept <= ENDING;
}

/** Each listed person's folded one-word names: the family name and the one-word aliases. */
function familyNames(actors: readonly ActorEntry[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const a of actors) {
    if (a.kind !== 'person') continue;
    const words = [a.name.split(/\s+/).at(-1) ?? '', ...a.aliases.filter((x) => !/\s/.test(x))];
    out.set(
      a.id,
      [...new Set(words.map(fold))].filter((w) => w.length >= KEPT),
    );
  }
  return out;
}

/** Each garbled one-word name, by document and id, to the listed person it stands for. */
export function garbledSurnames(
  candidates: readonly EventCandidate[],
  actors: readonly ActorEntry[],
  sameStory: SameStory,
): Map<string, string> {
  const to = new Map<string, string>();
  const unknown = candidates.filter((c) =>
    c.sentence.mentions.some((m) => m.id?.startsWith(UNKNOWN_PREFIX) && !m.id.includes('-')),
  );
  if (unknown.length === 0) return to;
  const namedIn = new Map<string, Set<string>>();
  for (const c of candidates)
    for (const m of c.sentence.mentions)
      if (m.kind === 'actor' && m.id && !m.id.startsWith(UNKNOWN_PREFIX))
        (namedIn.get(m.id) ?? namedIn.set(m.id, new Set()).get(m.id))?.add(c.document);
  const families = familyNames(actors);
  for (const c of unknown)
    for (const m of c.sentence.mentions) {
      if (!m.id?.startsWith(UNKNOWN_PREFIX) || m.id.includes('-') || to.has(`${c.document}|${m.id}`))
        continue;
      const written = m.id.slice(UNKNOWN_PREFIX.length);
      const persons = [...families].filter(([id, words]) => {
        const docs = namedIn.get(id);
        return (
          docs !== undefined &&
          !docs.has(c.document) &&
          [...docs].some((d) => sameStory(d, c.document)) &&
          words.some((w) => endingGarbled(written, w))
        );
      });
      if (persons.length === 1) to.set(`${c.document}|${m.id}`, (persons[0] as [string, string[]])[0]);
    }
  return to;
}
