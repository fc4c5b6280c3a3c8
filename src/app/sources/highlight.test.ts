import { describe, expect, it } from 'vitest';
import type { ChronologyDocument, Source } from '../../schema/events.ts';
import { citedParagraphs, highlightSegments } from './highlight.ts';

const text =
  'Parts of Kazakhstan have been restless for days. Thousands of arrests have reportedly been made. It is unclear what the current situation is.';
const second = { start: 49, end: 96 };
const third = { start: 97, end: text.length };

describe('highlightSegments', () => {
  it.each([
    [
      'a cited sentence in the middle is marked between plain text',
      [second],
      [
        { text: 'Parts of Kazakhstan have been restless for days. ', marked: false },
        { text: 'Thousands of arrests have reportedly been made.', marked: true },
        { text: ' It is unclear what the current situation is.', marked: false },
      ],
    ],
    [
      'two sentences cited apart keep the space between them unmarked',
      [third, second],
      [
        { text: 'Parts of Kazakhstan have been restless for days. ', marked: false },
        { text: 'Thousands of arrests have reportedly been made.', marked: true },
        { text: ' ', marked: false },
        { text: 'It is unclear what the current situation is.', marked: true },
      ],
    ],
    [
      'overlapping ranges become one mark',
      [
        { start: 0, end: 20 },
        { start: 10, end: 48 },
      ],
      [
        { text: 'Parts of Kazakhstan have been restless for days.', marked: true },
        { text: text.slice(48), marked: false },
      ],
    ],
    ['no range leaves the paragraph plain', [], [{ text, marked: false }]],
    [
      'a range past the end is clipped to the paragraph',
      [{ start: 97, end: 999 }],
      [
        { text: text.slice(0, 97), marked: false },
        { text: text.slice(97), marked: true },
      ],
    ],
  ])('%s', (_name, ranges, expected) => {
    expect(highlightSegments(text, ranges)).toEqual(expected);
    expect(
      highlightSegments(text, ranges)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });
});

describe('citedParagraphs', () => {
  const doc: ChronologyDocument = {
    id: 'd',
    file: 'd.txt',
    title: 'T',
    language: 'en',
    published: { date: '2022-01-08', precision: 'day', inferred: false },
    paragraphs: [
      { id: 'p1', text },
      { id: 'p2', text: 'Germany has temporarily restricted arms exports to Kazakhstan.' },
    ],
  };
  const cite = (paragraph: string, start: number, end: number): Source => {
    const p = doc.paragraphs.find((x) => x.id === paragraph)!;
    return { document: 'd', paragraph, start, end, sentence: p.text.slice(start, end) };
  };

  it('shows a paragraph cited twice once, with both sentences marked', () => {
    const groups = citedParagraphs(
      [cite('p2', 0, 62), cite('p1', second.start, second.end), cite('p1', third.start, third.end)],
      new Map([['d', doc]]),
    );
    expect(groups.map((g) => [g.paragraph.id, g.segments.filter((s) => s.marked).length])).toEqual([
      ['p2', 1],
      ['p1', 2],
    ]);
  });

  it('skips a source whose document is unknown instead of failing', () => {
    expect(citedParagraphs([{ ...cite('p2', 0, 62), document: 'nope' }], new Map([['d', doc]]))).toEqual([]);
  });
});
