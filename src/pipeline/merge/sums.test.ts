/**
 * Sums of money one sentence gives for different things (a loss and new capital, a demand and the
 * lower one it became, a range) are no conflicting accounts; the same sum told otherwise by another
 * report still is.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom, sentenceArticles } from '../test-articles.ts';

function figureConflicts(events: ReturnType<typeof eventsFrom>): string[] {
  return events.flatMap((e) => e.conflicts.filter((c) => c.field.startsWith('figures.')).map((c) => c.field));
}

describe('sums of money in one sentence', () => {
  it.each([
    [
      'en_svb.txt',
      'SVB said on Wednesday that it had sold a portfolio of bonds at a loss of $1.8 billion and planned to raise $2.25 billion in new capital.',
    ],
    [
      'en_suez.txt',
      'Egyptian authorities seized the ship on Tuesday, demanding $916 million in compensation, a figure they later lowered to $550 million.',
    ],
    [
      'nl_schade.txt',
      'Gouverneur Marwan Abboud zei dinsdag dat de schade 3 miljard dollar bedraagt, en mogelijk 5 miljard dollar.',
    ],
    [
      'de_hilfe.txt',
      'Die Familie Pinault sagte am Dienstag 100 Millionen Euro zu, die Familie Arnault 200 Millionen Euro.',
    ],
  ])(
    '%s: “%s” disagrees with nothing',
    async (name, sentence) => {
      const file = await eventFileOf(sentenceArticles([[name, sentence]], '2023-03-09'));
      const events = eventsFrom(file, sentence);
      expect(events.length).toBeGreaterThan(0);
      expect(figureConflicts(events)).toEqual([]);
    },
    60_000,
  );

  it('two reports giving the same loss differently still disagree', async () => {
    const one = 'SVB said on Wednesday that it had sold bonds at a loss of $1.8 billion.';
    const other = 'SVB said on Wednesday that it had sold bonds at a loss of $2.1 billion.';
    const file = await eventFileOf(
      sentenceArticles(
        [
          ['en_a.txt', one],
          ['en_b.txt', other],
        ],
        '2023-03-09',
      ),
    );
    expect(figureConflicts(eventsFrom(file, one))).toEqual(['figures.dollars']);
  }, 60_000);
});
