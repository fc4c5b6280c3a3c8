/**
 * Reports of one happening in three languages merge, and no report joins a happening years apart:
 * short articles through the whole pipeline with the real data files.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../../schema/events.ts';
import { beforePublication, day, sentence, year } from '../candidates/test-helpers.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';
import { mergeCandidates } from './stage.ts';
import { testCandidate } from './test-candidate.ts';

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf({
    'en_mine.txt': [
      ' date 2023-03-14 ',
      'Death toll in Turkish coal mine collapse rises to 12',
      '',
      'At least 12 miners were killed when a gallery collapsed in a coal mine in the northern Turkish province of Zonguldak on Monday, officials said on Tuesday.',
      '',
      "Turkey's worst mining disaster killed 301 workers in Soma in 2014.",
    ].join('\n'),
    'de_grube.md': [
      '---',
      'date: 2023-03-15',
      '---',
      '# Grubenunglück in der Türkei',
      '',
      'Nach dem Einsturz in einem Kohlebergwerk im Norden der Türkei ist die Zahl der Toten auf 17 gestiegen. Rettungskräfte bargen in der Nacht zu Mittwoch fünf weitere Leichen.',
      '',
      'Der Stollen war am Montagabend in der Provinz Zonguldak am Schwarzen Meer eingestürzt.',
    ].join('\n'),
    'nl_mijn.txt': [
      ' date 2023-03-16 ',
      'Reddingswerkers vinden laatste vermiste mijnwerkers',
      '',
      'Een gang in de kolenmijn bij Kozlu in de provincie Zonguldak stortte maandag in.',
    ].join('\n'),
  });
}, 30_000);

describe('a mine collapse told in three languages', () => {
  it('the gallery collapse in English, German and Dutch is one event', () => {
    const [collapse, ...others] = eventsFrom(file, 'stortte maandag in');
    expect(others).toEqual([]);
    expect(collapse?.when.start).toBe('2023-03-13');
    const sentences = collapse?.sources.map((s) => s.sentence).join(' | ');
    expect(sentences).toContain('a gallery collapsed');
    expect(sentences).toContain('eingestürzt');
  });

  it("the Soma disaster of 2014 stays apart from this week's German death toll", () => {
    for (const event of eventsFrom(file, 'killed 301 workers')) {
      expect(event.when.start.slice(0, 4)).toBe('2014');
      expect(event.sources.map((s) => s.sentence).join(' | ')).not.toContain('auf 17 gestiegen');
    }
  });
});

describe('no chain of undated reports joins happenings years apart', () => {
  // Each neighbour shares two actors with the undated middle report; the two ends share none.
  const soma = testCandidate(
    sentence({
      text: 'In 2014 a disaster killed 301 workers.',
      paragraph: 'p1',
      times: [year('2014', 'In 2014')],
    }),
    year('2014', 'In 2014'),
    { kind: 'death', title: 'Soma', actors: ['a', 'b'] },
  );
  const undated = testCandidate(
    sentence({ text: 'The mine belongs to TTK.', paragraph: 'p2' }, 1),
    beforePublication('2023-03-15'),
    { kind: 'death', title: 'Undated', actors: ['a', 'b', 'c', 'd'] },
  );
  const kozlu = testCandidate(
    sentence(
      { text: 'On Monday 12 miners were killed.', paragraph: 'p3', times: [day('2023-03-13', 'On Monday')] },
      2,
    ),
    day('2023-03-13', 'On Monday'),
    { kind: 'death', title: 'Kozlu', actors: ['c', 'd'] },
  );

  it('a death toll of 2014 and one of last Monday stay two events whatever joins each of them', () => {
    const events = mergeCandidates([soma, undated, kozlu]);
    const together = events.find((e) => e.sources.length === 3);
    expect(together).toBeUndefined();
  });
});
