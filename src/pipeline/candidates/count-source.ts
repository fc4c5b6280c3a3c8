/**
 * "The interior ministry said at least 672 people were injured", "Deputy Transport Minister
 * Edoardo Rixi said at least 22 people had died": who says a count of the dead or injured is where
 * the count comes from, not who killed or hurt anyone. The merge still compares the name (two
 * reports of one ministry's count are alike for it); the event does not show it as an actor.
 */
import type { Mention } from '../types.ts';
import type { EventCandidate } from './event-candidate.ts';
import { kindTraits } from './kind-traits.ts';

/** A verb of saying, and what may follow it before the count ("that", a day): en, nl, de. */
const SAYING =
  /(?<!\p{L})(?:said|says|told|reported|confirmed|zei|zegt|meldde|meldt|sagte|sagt|teilte|meldete|erklärte)(?!\p{L})/iu;

/** "said it had killed", "zei dat ze … doodden": the speaker is the subject of the killing too. */
const OWN_SUBJECT = /(?<!\p{L})(?:it|they|he|she|we|hij|zij|ze|wij|er|sie|wir)(?!\p{L})/iu;

/** The actor `c` was given as its agent, put aside where it only says the count its happening gives. */
export function sourceOfCountAside(
  c: EventCandidate,
  h: { start: number },
  mentions: readonly Mention[],
  text: string,
): void {
  const agent = c.agent;
  if (!agent || c.figures.length === 0 || !kindTraits(c.kind).tallied || !c.actors.includes(agent)) return;
  const named = mentions.find((m) => m.id === agent && m.end <= h.start);
  if (!named) return;
  const between = text.slice(named.end, h.start);
  const saying = SAYING.exec(between);
  if (!saying || OWN_SUBJECT.test(between.slice(saying.index + saying[0].length))) return;
  if (!c.asideActors?.includes(agent)) c.asideActors = [...(c.asideActors ?? []), agent];
}
