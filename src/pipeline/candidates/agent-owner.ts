/**
 * "Thailand's prime minister, Prayuth Chan-ocha, visited the cave site": a country told in the
 * possessive right before the one who acts says whose office he holds, not where he acts; a title
 * that names it as the place ("Prayuth Chan-ocha visits Thailand") has him visit his own country.
 */
import type { Mention } from '../types.ts';

/** An English possessive, then at most a few words (the office) up to the agent's name. */
const OWNER_OF_NAME = /^['’]s\s+(?:[\p{L}-]+\s+){1,4}?(?:[\p{L}-]+),?\s*$/u;

/** Whether `place` is told as whose office `agent` holds. */
export function ownsAgent(text: string, place: Mention, agent: Mention): boolean {
  return (
    agent.start > place.end &&
    agent.start - place.end <= 48 &&
    OWNER_OF_NAME.test(text.slice(place.end, agent.start))
  );
}
