import type { EventCandidate } from '../candidates/event-candidate.ts';

type ActorFields = Pick<EventCandidate, 'actors' | 'asideActors' | 'agent' | 'patient'>;

/**
 * A candidate's actors under a renaming (a name variant, a garble or a transliteration to the name
 * kept): every field that holds an actor id, so that a new one is renamed in one place.
 */
export function renamedActors(c: EventCandidate, rename: (id: string) => string): ActorFields {
  const out: ActorFields = { actors: [...new Set(c.actors.map(rename))] };
  if (c.asideActors) out.asideActors = c.asideActors.map(rename);
  if (c.agent !== undefined) out.agent = rename(c.agent);
  if (c.patient !== undefined) out.patient = rename(c.patient);
  return out;
}
