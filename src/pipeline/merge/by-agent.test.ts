/** Aid suspended by two different agents on the same day is two measures (lexicon `byAgent`). */
import { describe, expect, it } from 'vitest';
import { day, sentence } from '../candidates/test-helpers.ts';
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { mergeCandidates } from './stage.ts';
import { testCandidate } from './test-candidate.ts';

function suspended(document: string, text: string, agent: string): EventCandidate {
  const when = day('2023-07-29', text.match(/Saturday|Samstag|zaterdag/)?.[0]);
  return testCandidate(sentence({ text, times: [when] }), when, {
    document,
    kind: 'aid-suspended',
    title: 'Aid suspended',
    agent,
    actors: [agent],
    places: ['niger'],
  });
}

const ap = suspended(
  'ap',
  'France suspended all development aid and budget support to Niger on Saturday.',
  'france',
);
const tagesschau = suspended(
  'tagesschau',
  'Entwicklungsministerin Svenja Schulze hatte am Samstag angekündigt, die Zahlungen an Niger vorerst auszusetzen.',
  'name:svenja-schulze',
);
const nos = suspended('nos', 'Frankrijk schortte zaterdag alle ontwikkelingshulp aan Niger op.', 'france');

describe('aid suspended, told apart by who suspends it', () => {
  it.each<[string, EventCandidate[], string[][]]>([
    [
      'France’s and Germany’s minister’s suspensions of the same Saturday are two',
      [ap, tagesschau],
      [['ap'], ['tagesschau']],
    ],
    ['France’s suspension told by two outlets is one', [ap, nos], [['ap', 'nos']]],
  ])('%s', (_, candidates, expected) => {
    expect(mergeCandidates(candidates).map((e) => e.sources.map((s) => s.document).sort())).toEqual(expected);
  });
});
