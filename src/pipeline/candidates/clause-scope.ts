/**
 * "Massimov was sacked as head of the KNB this week after demonstrators stormed government
 * buildings in Almaty": the storming's clause names neither Massimov nor the KNB. The merge still compares whole sentences (a name in another clause
 * may be what ties two reports of one happening together); what an event shows as its actors and
 * places is what the clauses of its happenings name.
 */
import { inSpan } from '../in-span.ts';
import type { Mention } from '../types.ts';
import type { EventCandidate } from './event-candidate.ts';
import { beganApart } from './began-since.ts';
import { sourceOfCountAside } from './count-source.ts';
import { coordinatedTimedPhrases } from './coordinated-time.ts';
import { spokenOfSpans } from './said-content.ts';

type Span = [number, number];

/** A name in apposition ending the sentence (", Almaty."): still the clause before its comma. */
const CLOSING_APPOSITION = /^,\s+(?:\p{Lu}[\p{L}'’-]*\s*){1,4}[.!?"”]*$/u;

/**
 * "after the death of Nahel", "na de dood van", "nach dem Tod von", "After the fire in Tehran's
 * Evin prison": a happening named by its noun, whose people and places the main clause's
 * happening is about (the riots over Nahel's death, the dead of the fire).
 */
const NAMED_CAUSE =
  /^\p{L}+\s+(?:the|an?|de|het|een|der|die|das|dem|den|des|eine?[mnr]?)\s+\p{L}+(?:\s+\p{L}+)?(?:\s+(?:of|in|at|on|van|op|bij|von|im|am|auf|an)\s|\s*[,.]|$)/iu;

/**
 * A clause that tells what its noun did or what the main clause's happening caused ("the Sistine
 * Chapel, which was closed to visitors", "a fire …, causing its spire to collapse"): the people
 * and places outside it are its own.
 */
const HANGS_ON = /^(?:which|causing|prompting|triggering|waardoor|wodurch)\s/iu;

/** "which" after a noun opens a relative clause, though it is a splitter too. */
const WHICH = /^which\s/iu;

/** The subordinate clause with a closing apposition its comma cut off. */
function withApposition(span: Span, text: string): Span {
  return CLOSING_APPOSITION.test(text.slice(span[1])) ? [span[0], text.length] : span;
}

/**
 * The parts of the sentence `text` outside the clause of the happening at
 * [start, end): the subordinate clause (from "after", "which" … to its comma) when the happening
 * stands outside it, everything else when it stands inside; the relative clauses hanging on a
 * noun that it stands outside of. A happening told inside a relative clause keeps the noun the
 * clause hangs on ("Nahel, who was shot dead"): nothing is put aside for it but the places the main
 * clause names after it ("… who was shot and killed in Nara was buried at Zojoji Temple in Tokyo"),
 * where the main clause's happening was. `places`: the main
 * clause sets the scene of what its subordinate clause tells ("Parts of Kazakhstan have been
 * restless for days after the price for LPG was increased"), so only the subordinate clause's
 * places are put aside, for a happening of the main clause.
 */
export function otherClauses(
  h: { start: number; end: number },
  subordinate: Span | null,
  relatives: readonly Span[],
  text: string,
  places = false,
): Span[] {
  const inside = (s: Span) => inSpan(s, h);
  const relative = relatives.find(inside);
  if (relative) return places && relative[1] < text.length ? [[relative[1], text.length]] : [];
  const sub =
    subordinate && !NAMED_CAUSE.test(text.slice(subordinate[0])) ? withApposition(subordinate, text) : null;
  if (sub && inside(sub)) {
    return places || HANGS_ON.test(text.slice(sub[0]))
      ? []
      : [
          [0, sub[0]],
          [sub[1], text.length],
        ];
  }
  return sub ? [sub, ...relatives] : [...relatives];
}

/**
 * Ids among `ids` that the mentions name only within `spans`, none in the happening's own clause;
 * undefined when there are none. Those `kept` stay: the roles and title place the candidate read
 * (a pronoun's antecedent, the place a title names) are its own whatever clause named them.
 */
export function namedOnlyOutside(
  ids: readonly string[],
  mentions: readonly Mention[],
  spans: readonly Span[],
  kept: readonly (string | undefined)[] = [],
): string[] | undefined {
  if (spans.length === 0 || ids.length === 0) return undefined;
  const outside = (m: Mention) => spans.some(([from, to]) => m.start >= from && m.end <= to);
  let aside: string[] | undefined;
  for (const id of ids) {
    if (kept.includes(id)) continue;
    const named = mentions.filter((m) => m.id === id);
    if (named.length > 0 && named.every(outside)) (aside ??= []).push(id);
  }
  return aside;
}

const mergedAside = (a: string[] | undefined, b: string[] | undefined) =>
  a && b ? [...new Set([...a, ...b])] : (a ?? b);

/**
 * The actors a statement's sentence names only where it tells what was said or to whom, not in the
 * clause of the saying (said-content.ts). Those its title names stay: "Vladimir Putin congratulates
 * Alexander Lukashenko".
 */
function spokenOf(
  c: EventCandidate,
  h: { start: number; end: number },
  mentions: readonly Mention[],
  clauses: readonly Span[],
): string[] | undefined {
  if (c.kind !== 'statement') return undefined;
  const speakerBefore = mentions.some((m) => m.id !== undefined && m.id === c.agent && m.end <= h.start);
  const spoken = spokenOfSpans(c.sentence.text, c.language, h.start, speakerBefore);
  const titled = mentions.filter((m) => c.title.includes(m.text)).map((m) => m.id);
  return namedOnlyOutside(
    c.actors,
    mentions,
    [...clauses, ...spoken],
    [c.agent, c.patient, c.titlePlace, ...titled],
  );
}

/**
 * Puts aside on `c` the actors and places its sentence names only in clauses other than that of
 * its happening `h`. Who acts, whom it befalls and the place its title names stay. A happening
 * whose own clause names no place may well have happened at its cause's ("arrested 62 people
 * after fans were attacked in Amsterdam"), so a subordinate clause's places go only when its own
 * clause names one; a relative clause's always go: it tells of its noun, not of the happening
 * ("Germany released Vadim Krasikov, who was serving a life sentence for a murder in Berlin").
 * A happening done at no scene (`noScene`: a sacking, an appointment) has none of its cause's.
 */
export function scopeToClause(
  c: EventCandidate,
  h: { start: number; end: number; began?: true },
  mentions: readonly Mention[],
  subordinate: Span | null,
  relatives: readonly Span[],
  text: string,
  noScene = false,
): void {
  if (h.began) return beganApart(c);
  const read = [c.agent, c.patient, c.titlePlace];
  const occasions = coordinatedTimedPhrases(text, c.sentence.timexes, h, c.when.text);
  const clauses = [...otherClauses(h, subordinate, relatives, text), ...occasions];
  const actors = mergedAside(
    namedOnlyOutside(c.actors, mentions, clauses, read),
    spokenOf(c, h, mentions, clauses),
  );
  // Those a kind's own reading put aside (sent-actors.ts) stay aside.
  if (actors) c.asideActors = c.asideActors ? [...new Set([...c.asideActors, ...actors])] : actors;
  sourceOfCountAside(c, h, mentions, text);
  const places = namedOnlyOutside(
    c.places,
    mentions,
    [...otherClauses(h, subordinate, relatives, text, true), ...occasions],
    read,
  );
  if (places && (noScene || places.length < c.places.length)) {
    c.asidePlaces = places;
    return;
  }
  const which = subordinate && WHICH.test(text.slice(subordinate[0])) ? [subordinate] : [];
  const nouns = [...which, ...relatives];
  if (nouns.some((span) => inSpan(span, h))) return;
  const described = namedOnlyOutside(c.places, mentions, nouns, read);
  if (described) c.asidePlaces = described;
}
