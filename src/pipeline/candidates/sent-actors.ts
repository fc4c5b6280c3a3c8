/**
 * Who acts in a happening that moves people (troops sent, troops arrived): who sends them and
 * whose they are. "Blinken said … the United States “wants to learn more” about Russian soldiers
 * traveling to Kazakhstan — 2,500 of whom arrived in the country on Thursday": Russia's soldiers
 * arrived; Blinken and the United States only speak of them. "he thanked his ally, Russian
 * President Vladimir Putin, for sending troops to support the Kazakh security forces": Putin sent
 * them; who thanked him and whom they support did nothing in the sending.
 */
import type { Mention } from '../types.ts';
import { conceptMatches } from './concept-matches.ts';
import type { Token } from './tokenize.ts';
import type { WordFacts } from './vocabulary.ts';

type Span = { start: number; end: number };

/** Between a name and the noun of those it sends: "Russian soldiers", "Russian-led troops", "Russia's troops". */
const OWNS_NEXT = /^(?:-(?:led|geleide?|geführte?[mnrs]?)|['’]s?)?\s+$/u;

/** "as part of a Collective Security Treaty Organization (CSTO) force": whose force they are part of. */
const FORCE_NEXT = /^(?:\s+\([^()]{1,20}\))?\s+forces?(?![\p{L}])/iu;

/** Between the noun and the name it belongs to: "soldiers of the German army", "militairen van de Nationale Garde". */
const OF_AFTER = /^\s+(?:of|van|von)\s+(?:(?:the|de|het|der|des|dem)\s+)?$/iu;

/** A verb of arriving opens the trigger: those who arrived are the ones sent, not who sent them. */
const ARRIVING = /^(?:arriv|land|aangekomen|kwam|angekommen|eingetroffen|traf)/iu;

/** "thanked Putin for sending troops", "bedankte Poetin voor het sturen van": the one thanked sent them. */
const FOR_DOING = /\s(?:for|voor\s+het|für\s+die)\s+$/iu;

/** Where the sentence's words name the concept `id`: those the happening moves. */
export function sentNouns<T>(id: string, tokens: Token[], facts: readonly WordFacts<T>[]): Span[] {
  return conceptMatches(tokens, facts)
    .filter((f) => f.item.id === id)
    .map((f) => f.match);
}

/**
 * The names that say whose are those the nouns at `nouns` name, or that name them themselves ("The
 * National Guard was deployed").
 */
export function ownersOf(text: string, mentions: readonly Mention[], nouns: readonly Span[]): Mention[] {
  return mentions.filter(
    (m) =>
      m.kind !== 'place' &&
      nouns.some(
        (n) =>
          (m.start < n.end && n.start < m.end) ||
          (m.end <= n.start && OWNS_NEXT.test(text.slice(m.end, n.start))) ||
          (m.start >= n.end && OF_AFTER.test(text.slice(n.end, m.start))),
      ),
  );
}

/** The names of a force those moved are part of: theirs too, though the force's members are who moved. */
export function forcesOf(text: string, mentions: readonly Mention[]): Mention[] {
  return mentions.filter((m) => m.kind !== 'place' && FORCE_NEXT.test(text.slice(m.end, m.end + 30)));
}

/**
 * Who acted in the happening at `trigger`, where the sentence says it otherwise than its subject
 * does: whose the arrived are, the one thanked for sending them. Undefined where it does not.
 */
export function senderOf(
  text: string,
  mentions: readonly Mention[],
  trigger: Span,
  owners: readonly Mention[],
): Mention | undefined {
  if (ARRIVING.test(text.slice(trigger.start, trigger.end))) return owners[0];
  if (!FOR_DOING.test(text.slice(0, trigger.start))) return undefined;
  let last: Mention | undefined;
  for (const m of mentions) if (m.kind !== 'place' && m.end <= trigger.start) last = m;
  return last;
}

/** The actors among `ids` that are neither who sends those moved, nor whose they are: put aside. */
export function notSending(
  ids: readonly string[],
  owners: readonly Mention[],
  kept: readonly (string | undefined)[],
): string[] | undefined {
  const aside = ids.filter((id) => !kept.includes(id) && !owners.some((m) => m.id === id));
  return aside.length > 0 ? aside : undefined;
}
