/** An event's sources: a candidate's sentence as a source, and sources in reading order. */
import type { Source } from '../../schema/events.ts';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { compareText } from '../compare-text.ts';
import type { Candidate } from '../types.ts';
import type { Item } from './item.ts';

/** The number in a paragraph id ("p12" → 12), 0 when it has none. */
export function paragraphNumber(id: string): number {
  let start = 0;
  while (start < id.length && !isDigit(id.charCodeAt(start))) start++;
  if (start === id.length) return 0;
  let end = start + 1;
  while (end < id.length && isDigit(id.charCodeAt(end))) end++;
  return Number(id.slice(start, end));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Sources in reading order: document, paragraph, offset. An item passes the paragraphs' numbers it
 * holds already, sparing the sort of all candidates two readings of them per comparison.
 */
export function compareSources(
  a: Source,
  b: Source,
  aParagraph = paragraphNumber(a.paragraph),
  bParagraph = paragraphNumber(b.paragraph),
): number {
  return (
    compareText(a.document, b.document) ||
    aParagraph - bParagraph ||
    compareText(a.paragraph, b.paragraph) ||
    a.start - b.start
  );
}

/** The sources once each (a sentence that gives two readings is cited once), in `order`. */
export function uniqueSources(list: Source[], order: (a: Source, b: Source) => number): Source[] {
  const seen = new Set<string>();
  return list
    .filter((s) => {
      const key = `${s.document}|${s.paragraph}|${s.start}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(order);
}

export function newSource(c: Candidate): Source {
  const s = c.sentence;
  const source: Source = {
    document: c.document,
    paragraph: s.paragraph,
    sentence: s.text,
    start: s.start,
    end: s.end,
  };
  if (s.mentions.length > 0) source.mentions = s.mentions;
  return source;
}

/** The source of each member, looked up only when a conflict cites it. */
export function sourcesOf(members: readonly Item[]): (c: EventCandidate) => Source {
  let byCandidate: Map<EventCandidate, Source> | undefined;
  return (c) => {
    byCandidate ??= new Map(members.map((m) => [m.c, m.source]));
    return byCandidate.get(c) ?? newSource(c);
  };
}

/** The members' sources, each once: members come in reading order, so a repeat follows its first. */
export function itemSources(members: readonly Item[]): Source[] {
  const out: Source[] = [];
  let last: Source | undefined;
  for (const { source } of members) {
    if (
      last &&
      last.document === source.document &&
      last.paragraph === source.paragraph &&
      last.start === source.start
    )
      continue;
    out.push(source);
    last = source;
  }
  return out;
}
