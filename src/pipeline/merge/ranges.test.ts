import { describe, expect, it } from 'vitest';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { day, sentence } from '../candidates/test-helpers.ts';
import type { Figure } from '../types.ts';
import { findConflicts } from './conflicts.ts';
import { testCandidate } from './test-candidate.ts';
import { newSource } from './sources.ts';

function statement(document: string, text: string, figures: Figure[]): EventCandidate {
  return testCandidate(sentence({ text }), day('2021-03-27'), { document, kind: 'statement', figures });
}

const dollars = (value: number, qualifier: Figure['qualifier']): Figure => ({
  value,
  counts: 'dollars',
  text: `$${value / 1e6} million`,
  qualifier,
});

const shown = (members: EventCandidate[]) =>
  findConflicts(members, newSource, () => 0).map(
    (c) => `${c.field}: ${c.values.map((v) => v.value).join('/')}`,
  );

describe('a range in one sentence is one estimate, not a disagreement', () => {
  it.each<[string, EventCandidate[], string[]]>([
    [
      "a loss 'between $12 million and $15 million' a day shows no conflict",
      [
        statement('en', 'Mr Rabie said Egypt was losing between $12 million and $15 million a day.', [
          dollars(12e6, 'at-least'),
          dollars(15e6, 'up-to'),
        ]),
      ],
      [],
    ],
    [
      'another report of $10 million a day still disagrees with the range’s lower end',
      [
        statement('en', 'Mr Rabie said Egypt was losing between $12 million and $15 million a day.', [
          dollars(12e6, 'at-least'),
          dollars(15e6, 'up-to'),
        ]),
        statement('de', 'Ägypten verliere täglich 10 Millionen Dollar, sagte Rabie.', [
          dollars(10e6, 'exact'),
        ]),
      ],
      ['figures.dollars: 10000000/12000000'],
    ],
    [
      'two counts of people in one sentence that are no range still disagree',
      [
        statement('en', 'Police counted 3,000 protesters, organisers 5,000.', [
          { value: 3000, counts: 'protesters', text: '3,000 protesters', qualifier: 'exact' },
          { value: 5000, counts: 'protesters', text: '5,000', qualifier: 'exact' },
        ]),
      ],
      ['figures.protesters: 3000/5000'],
    ],
  ])('%s', (_, members, expected) => {
    expect(shown(members)).toEqual(expected);
  });
});
