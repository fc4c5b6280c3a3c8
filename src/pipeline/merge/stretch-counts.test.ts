/**
 * The dead of weeks ("almost 300 killed since the protests began in July") and the dead of one day
 * ("at least 39 killed on Thursday alone") are different counts: the weeks' tolls are one event of
 * their own, and they no longer chain Thursday's dead and Sunday's into one.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../candidates/stage.ts';
import { article, day, type SentenceSpec } from '../candidates/test-helpers.ts';
import type { When } from '../types.ts';
import { mergeCandidates } from './stage.ts';

type Report = [document: string, lang: string, published: string, spec: SentenceSpec];

const july = (text: string): When => ({
  start: '2024-07-01',
  end: '2024-07-31',
  precision: 'month',
  value: '2024-07',
  confidence: 0.65,
  text,
});

const reports: Report[] = [
  [
    'ap-0719',
    'en',
    '2024-07-19',
    {
      text: 'At least 39 people were killed on Thursday alone, the deadliest day of the protests so far.',
      times: [day('2024-07-18', 'on Thursday')],
    },
  ],
  [
    'tagesschau-0719',
    'de',
    '2024-07-19',
    {
      text: 'Allein am Donnerstag wurden Dutzende Menschen getötet.',
      times: [day('2024-07-18', 'am Donnerstag')],
    },
  ],
  [
    'bbc-0804',
    'en',
    '2024-08-04',
    {
      text: 'At least 91 people, including 14 police officers, have been killed in clashes across Bangladesh on Sunday.',
      times: [day('2024-08-04', 'on Sunday')],
    },
  ],
  [
    'spiegel-0805',
    'de',
    '2024-08-05',
    {
      text: 'Am Sonntag waren bei Zusammenstößen landesweit fast 100 Menschen getötet worden.',
      times: [day('2024-08-04', 'Am Sonntag')],
    },
  ],
  [
    'guardian-0805',
    'en',
    '2024-08-05',
    {
      text: 'Almost 300 people have been killed since the protests began in July, according to local media.',
      times: [july('July')],
    },
  ],
  [
    'nrc-0806',
    'nl',
    '2024-08-06',
    {
      text: 'Bij de protesten zijn sinds juli volgens de VN zeker 300 mensen om het leven gekomen.',
      times: [july('juli')],
    },
  ],
];

function deathEvents(list: Report[]) {
  return mergeCandidates(
    list.flatMap(([id, lang, published, spec]) => extractCandidates(article(id, lang, [spec], published))),
  )
    .filter((e) => e.kind === 'death')
    .map((e) => ({ start: e.when.start, end: e.when.end, sources: e.sources.map((s) => s.document).sort() }));
}

describe('tolls of weeks and tolls of a day', () => {
  it("keeps Thursday's dead, Sunday's dead and the dead since July as three events", () => {
    expect(deathEvents(reports)).toEqual([
      { start: '2024-07-01', end: '2024-08-05', sources: ['guardian-0805', 'nrc-0806'] },
      { start: '2024-07-18', end: '2024-07-18', sources: ['ap-0719', 'tagesschau-0719'] },
      { start: '2024-08-04', end: '2024-08-04', sources: ['bbc-0804', 'spiegel-0805'] },
    ]);
  });

  it('dates a toll since a month from that month up to publication', () => {
    const since = reports.slice(4, 5);
    expect(deathEvents(since)).toEqual([
      { start: '2024-07-01', end: '2024-08-05', sources: ['guardian-0805'] },
    ]);
  });
});
