/** A garbled name's mentions, actors and titles given to the listed actor it stands for. */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import type { ActorEntry, AnnotatedSentence } from '../types.ts';
import { renamedActors } from './renamed-actors.ts';

/**
 * The candidates with every garbled name in `to` (by document and id) replaced by the listed actor
 * it stands for, in their mentions, actors and titles.
 */
export function swapGarbles(
  candidates: EventCandidate[],
  to: ReadonlyMap<string, string>,
  actors: readonly ActorEntry[],
): EventCandidate[] {
  if (to.size === 0) return candidates;
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return candidates.map((c) => {
    const swap = (id: string | undefined) =>
      id === undefined ? undefined : (to.get(`${c.document}|${id}`) ?? id);
    const garbled = c.sentence.mentions.filter((m) => m.id !== undefined && to.has(`${c.document}|${m.id}`));
    if (garbled.length === 0) return c;
    const retitle = (title: string) =>
      garbled.reduce((t, m) => t.replace(m.text, names.get(swap(m.id) as string) ?? m.text), title);
    const sentence: AnnotatedSentence = {
      ...c.sentence,
      mentions: c.sentence.mentions.map((m) =>
        garbled.includes(m)
          ? { ...m, kind: 'actor' as const, id: swap(m.id), resolution: 'context' as const }
          : m,
      ),
    };
    return {
      ...c,
      title: retitle(c.title),
      ...(c.uncountedTitle !== undefined ? { uncountedTitle: retitle(c.uncountedTitle) } : {}),
      sentence,
      ...renamedActors(c, (id) => to.get(`${c.document}|${id}`) ?? id),
    };
  });
}
