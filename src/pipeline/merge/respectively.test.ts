/**
 * A sentence that gives its figures to two parties in turn ("€200m and €100m respectively") does
 * not disagree with itself: its figures are no conflicting accounts of one count.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom, sentenceArticles } from '../test-articles.ts';

describe('figures given in turn', () => {
  it.each([
    [
      'en_injured.txt',
      'On Friday, 10 and 20 police officers were injured in Hartlepool and Sunderland respectively.',
    ],
    ['nl_gewond.txt', 'Vrijdag raakten in Hartlepool en Sunderland respectievelijk 10 en 20 agenten gewond.'],
    [
      'de_verletzt.txt',
      'Am Freitag wurden in Hartlepool beziehungsweise Sunderland 10 und 20 Polizisten verletzt.',
    ],
  ])(
    '%s: “%s” disagrees with nothing',
    async (name, sentence) => {
      const file = await eventFileOf(sentenceArticles([[name, sentence]], '2024-08-03'));
      const events = eventsFrom(file, sentence);
      expect(events.length).toBeGreaterThan(0);
      for (const e of events) expect(e.conflicts.filter((c) => c.field.startsWith('figures.'))).toEqual([]);
    },
    60_000,
  );
});
