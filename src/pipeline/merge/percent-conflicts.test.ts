/**
 * Percentages in the merge: two reports of one event giving one measure differently disagree, as
 * any other figure; one sentence giving two parties' shares of a vote does not disagree with another.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom, sentenceArticles } from '../test-articles.ts';

function figureConflicts(events: ReturnType<typeof eventsFrom>): string[] {
  return events.flatMap((e) =>
    e.conflicts
      .filter((c) => c.field.startsWith('figures.'))
      .map((c) => `${c.field}=${c.values.map((v) => v.value).join('/')}`),
  );
}

describe('two reports of one event with different percentages', () => {
  it.each([
    [
      'en_a.txt',
      'Lukashenko won the presidential election on Sunday with 80.1% of the vote, the election commission said.',
      'de_b.txt',
      'Laut offiziellem Ergebnis hatte Lukaschenko die Wahl am Sonntag mit 80 Prozent der Stimmen gewonnen.',
      ['figures.vote share=80/80.1'],
    ],
    [
      'de_a.txt',
      'Die Aktie von Wirecard brach am Donnerstag um rund 80 Prozent ein.',
      'en_b.txt',
      'Wirecard shares fell more than 70 percent on Thursday.',
      ['figures.shares=70/80'],
    ],
  ])(
    '%s: “%s” and %s: “%s” disagree',
    async (a, one, b, other, expected) => {
      const file = await eventFileOf(
        sentenceArticles(
          [
            [a, one],
            [b, other],
          ],
          '2020-08-10',
        ),
      );
      expect(figureConflicts(eventsFrom(file, one))).toEqual(expected);
    },
    60_000,
  );

  it('a sentence giving two candidates’ shares disagrees with no report of one of them', async () => {
    const one =
      'The election commission said on Monday that Lukashenko had won 80.1% of the vote and Tsikhanouskaya 10.1%.';
    const other =
      'Laut offiziellem Ergebnis hatte Lukaschenko die Wahl am Sonntag mit 80 Prozent der Stimmen gewonnen.';
    const file = await eventFileOf(
      sentenceArticles(
        [
          ['en_a.txt', one],
          ['de_b.txt', other],
        ],
        '2020-08-10',
      ),
    );
    expect(figureConflicts(eventsFrom(file, one))).toEqual([]);
  }, 60_000);
});
