import type { ChronologyDocument, Paragraph, Source } from '../../schema/events.ts';

export interface Segment {
  text: string;
  marked: boolean;
}

/** Cuts a paragraph into plain and marked runs; overlapping or touching ranges merge into one mark. */
export function highlightSegments(text: string, ranges: { start: number; end: number }[]): Segment[] {
  const sorted = ranges
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const { start, end } of merged) {
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}

export interface CitedParagraph {
  document: ChronologyDocument;
  paragraph: Paragraph;
  sources: Source[];
  segments: Segment[];
}

/**
 * Groups an event's sources by the paragraph they cite, in the order they are first cited,
 * so a paragraph cited twice is shown once with both sentences marked.
 */
export function citedParagraphs(
  sources: Source[],
  documentById: ReadonlyMap<string, ChronologyDocument>,
): CitedParagraph[] {
  const groups = new Map<string, { document: ChronologyDocument; paragraph: Paragraph; sources: Source[] }>();
  for (const source of sources) {
    const key = `${source.document}\u0000${source.paragraph}`;
    const existing = groups.get(key);
    if (existing) {
      existing.sources.push(source);
      continue;
    }
    const document = documentById.get(source.document);
    const paragraph = document?.paragraphs.find((p) => p.id === source.paragraph);
    if (document && paragraph) groups.set(key, { document, paragraph, sources: [source] });
  }
  return [...groups.values()].map((group) => ({
    ...group,
    segments: highlightSegments(group.paragraph.text, group.sources),
  }));
}
