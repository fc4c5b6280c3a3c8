/**
 * The arrests of one night, of the next night, and those since the protests began are three
 * counts: a night's count is a happening of its own, and the running total is its own event on
 * its report's days, no rival count of either night.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../candidates/stage.ts';
import { article, beforePublication, day, type SentenceSpec } from '../candidates/test-helpers.ts';
import type { When } from '../types.ts';
import { mergeCandidates } from './stage.ts';

type Report = [document: string, lang: string, published: string, spec: SentenceSpec];

const night = (date: string, text: string): When => ({
  start: date,
  end: date,
  precision: 'part-of-day',
  value: `${date}TNI`,
  confidence: 0.6,
  text,
});

const reports: Report[] = [
  [
    'reuters-1129',
    'en',
    '2024-11-29',
    {
      text: 'The interior ministry said 43 people had been detained and 32 police officers injured.',
      when: beforePublication('2024-11-29'),
      mentions: [['interior ministry', 'actor', 'interior-ministry']],
    },
  ],
  [
    'nos-1130',
    'nl',
    '2024-11-30',
    {
      text: 'Volgens het ministerie van Binnenlandse Zaken werden 107 mensen aangehouden.',
      when: night('2024-11-29', 'voor de tweede nacht op rij'),
      mentions: [['ministerie van Binnenlandse Zaken', 'actor', 'interior-ministry']],
    },
  ],
  [
    'tagesschau-1205',
    'de',
    '2024-12-05',
    {
      text: 'Nach Angaben des Innenministeriums wurden seit Beginn der Proteste mehr als 300 Menschen festgenommen.',
      when: day('2024-11-28'),
    },
  ],
];

function arrestEvents(list: Report[]) {
  return mergeCandidates(
    list.flatMap(([id, lang, published, spec]) => extractCandidates(article(id, lang, [spec], published))),
  )
    .filter((e) => e.kind === 'arrest')
    .map((e) => ({ figures: e.figures.map((f) => f.value), sources: e.sources.map((s) => s.document) }))
    .sort((a, b) => (a.figures[0] ?? 0) - (b.figures[0] ?? 0));
}

describe('arrest counts of different nights', () => {
  it('keeps the first night, the second night and the count since the protests began apart', () => {
    expect(arrestEvents(reports)).toEqual([
      { figures: [43], sources: ['reuters-1129'] },
      { figures: [107], sources: ['nos-1130'] },
      { figures: [300], sources: ['tagesschau-1205'] },
    ]);
  });

  it.each([
    ['the first night and the second', [0, 1]],
    ['the second night and the count since the protests began', [1, 2]],
    ['the first night and the count since the protests began', [0, 2]],
  ])('tells %s apart', (_, pair) => {
    expect(arrestEvents(pair.map((i) => reports[i] as Report))).toHaveLength(2);
  });
});
