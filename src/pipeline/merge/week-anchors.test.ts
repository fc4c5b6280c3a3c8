import { describe, expect, it } from 'vitest';
import { day, sentence } from '../candidates/test-helpers.ts';
import type { When } from '../types.ts';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { testCandidate } from './test-candidate.ts';
import { fixWeeks } from './week-anchors.ts';

/** What the time stage gives a weekday in an article dated only to November 2025. */
function november(text: string): When {
  return {
    start: '2025-11-01',
    end: '2025-11-30',
    precision: 'month',
    value: '2025-11',
    text,
    confidence: 0.4,
  };
}

/** A sentence of the undated follow-up ("paper"), its time the weekday `said` at month precision. */
function fromPaper(text: string, said: string, index: number): EventCandidate {
  const when = november(said);
  return testCandidate(sentence({ text, times: [when], paragraph: `p${index}` }, index), when, {
    document: 'paper',
  });
}

/** A sentence of the dated wire report of Tuesday 11 November 2025. */
function fromWire(text: string, date: string, said: string, index: number): EventCandidate {
  const when = day(date, said);
  return testCandidate(sentence({ text, times: [when], paragraph: `p${index}` }, index), when, {
    document: 'wire',
  });
}

const arrestPaper = fromPaper(
  'Opposition leader Levan Beridze, who was arrested on Tuesday morning, was ordered by a court on Thursday to be held in pre-trial detention.',
  'Tuesday morning',
  1,
);
const arrestWire = fromWire(
  'Beridze was arrested at his home on Tuesday, his lawyer said.',
  '2025-11-11',
  'Tuesday',
  1,
);
const clashesPaper = fromPaper(
  "The number of people treated in hospital after Monday's clashes has risen to 47.",
  'Monday',
  2,
);
const clashesWire = fromWire('Riot police used water cannon on Monday.', '2025-11-10', 'Monday', 2);
const vetoPaper = fromPaper(
  'President Salome Zurabishvili said on Wednesday that she would not sign the law.',
  'on Wednesday',
  3,
);
const strikePaper = fromPaper('The unions called a general strike for next Monday.', 'next Monday', 4);
const courtPaper = fromPaper(
  'A court in Tbilisi ruled on Monday that he must stay in custody.',
  'on Monday',
  5,
);

/** The time each candidate of the paper ends up with. */
function timesAfter(clusters: EventCandidate[][]): Map<string, string> {
  const fixed = fixWeeks(clusters);
  const times = new Map<string, string>();
  for (const c of clusters.flat())
    if (c.document === 'paper') times.set(c.when.text ?? '', (fixed.get(c) ?? c).when.value);
  return times;
}

describe('the weekdays of an article dated only to its month', () => {
  it.each([
    [
      "an arrest 'on Tuesday morning' that joins the wire's arrest of Tuesday 11 November is that morning",
      [[arrestPaper, arrestWire], [vetoPaper]],
      'Tuesday morning',
      '2025-11-11TMO',
    ],
    [
      "with only Tuesday's arrest to go by, 'on Monday' stays in the month: written on Monday 17 November the article would mean that day",
      [[arrestPaper, arrestWire], [courtPaper]],
      'on Monday',
      '2025-11',
    ],
    [
      "with Tuesday's arrest and Monday's clashes both joined, 'on Monday' is Monday 10 November even where no other source dates it",
      [[arrestPaper, arrestWire], [clashesPaper, clashesWire], [courtPaper]],
      'on Monday',
      '2025-11-10',
    ],
    [
      "'next Monday' of a strike called in a week fixed by two happenings is Monday 17 November",
      [[arrestPaper, arrestWire], [clashesPaper, clashesWire], [strikePaper]],
      'next Monday',
      '2025-11-17',
    ],
    [
      "'on Wednesday' stays at month precision: written on Tuesday the article would mean 5 November, later in the week 12 November",
      [[arrestPaper, arrestWire], [clashesPaper, clashesWire], [vetoPaper]],
      'on Wednesday',
      '2025-11',
    ],
    [
      'without a happening that joins a dated one, no weekday gets a day',
      [[arrestPaper], [clashesPaper], [vetoPaper]],
      'Tuesday morning',
      '2025-11',
    ],
    [
      "a happening dated to a day of another weekday fixes nothing: 'Tuesday morning' joined with a Wednesday stays in the month",
      [
        [arrestPaper, fromWire('Beridze was arrested on Wednesday.', '2025-11-12', 'Wednesday', 6)],
        [courtPaper],
      ],
      'on Monday',
      '2025-11',
    ],
  ])('%s', (_name, clusters, said, value) => {
    expect(timesAfter(clusters).get(said)).toBe(value);
  });

  it('leaves the candidates of a corpus without month-dated weekdays as they are', () => {
    expect(fixWeeks([[arrestWire], [clashesWire]]).size).toBe(0);
  });
});
