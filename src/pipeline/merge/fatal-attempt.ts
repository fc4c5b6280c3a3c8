/**
 * An attempt on someone's life that another event of the story tells they died of was no mere
 * attempt: "Abe, 67, was shot from behind" beside "Shinzo Abe killed" that afternoon reads "Shinzo
 * Abe shot", not "Assassination attempt on Shinzo Abe". The kind's title template says how it
 * reads then (its `fatal` text); one who survived keeps the attempt ("Robert Fico was shot").
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { DEATHS_KIND } from '../candidates/title.ts';
import { shift } from '../iso-day.ts';
import { combineWhen } from './when.ts';

/** The days on which each person died, by the death events of the clusters. */
export type DeathDays = ReadonlyMap<string, readonly string[]>;

/** Each person's days of death, as the clusters of deaths that name the one who died tell them. */
export function deathDays(clusters: readonly EventCandidate[][]): DeathDays {
  const days = new Map<string, string[]>();
  for (const members of clusters) {
    const dead = members.find((c) => c.kind === DEATHS_KIND && c.patient !== undefined)?.patient;
    if (dead === undefined) continue;
    const day = combineWhen(members).start.slice(0, 10);
    const held = days.get(dead);
    if (held) held.push(day);
    else days.set(dead, [day]);
  }
  return days;
}

/**
 * The fatal title of the candidate that names an event, when the one it befell died within the
 * event's days or the day after (in hospital, of the wounds); else undefined.
 */
export function fatalTitle(
  head: EventCandidate,
  when: { start: string; end: string },
  died: DeathDays,
): string | undefined {
  if (head.fatalTitle === undefined || head.patient === undefined) return undefined;
  const first = when.start.slice(0, 10);
  const last = shift(when.end.slice(0, 10), 1);
  return died.get(head.patient)?.some((d) => d >= first && d <= last) ? head.fatalTitle : undefined;
}
