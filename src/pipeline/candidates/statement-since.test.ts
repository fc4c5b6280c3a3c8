/** An undated statement about a happening the article dated is known to lie between the two days. */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './stage.ts';
import { article, day, type SentenceSpec } from './test-helpers.ts';

const attack: SentenceSpec = {
  text: 'A gunman killed three people in an attack on a market in Lyon on Monday.',
  times: [day('2025-06-09', 'on Monday')],
};
const mayor: [string, 'actor', string][] = [['Grégory Doucet', 'actor', 'name:gregory-doucet']];

function statementWhen(specs: SentenceSpec[]): string[] {
  return extractCandidates(article('doc', 'en', specs, '2025-06-12'))
    .filter((c) => c.kind === 'statement')
    .map((c) => `${c.when.start}..${c.when.end} ${c.when.precision}`);
}

describe('a statement about a happening told before', () => {
  it.each<[string, SentenceSpec[], string[]]>([
    [
      'the mayor who "condemned the attack" spoke between Monday’s attack and publication on Thursday',
      [attack, { text: 'Mayor Grégory Doucet condemned the attack.', mentions: mayor }],
      ['2025-06-09..2025-06-12 week'],
    ],
    [
      'a statement of its own day keeps that day',
      [
        attack,
        {
          text: 'Mayor Grégory Doucet condemned the attack on Tuesday.',
          times: [day('2025-06-10', 'on Tuesday')],
          mentions: mayor,
        },
      ],
      ['2025-06-10..2025-06-10 day'],
    ],
    [
      'without the attack told before, the statement only lies before publication',
      [{ text: 'Mayor Grégory Doucet condemned the attack.', mentions: mayor }],
      ['2022-01-01..2022-01-08 before-publication'],
    ],
  ])('%s', (_name, specs, expected) => {
    expect(statementWhen(specs)).toEqual(expected);
  });
});
