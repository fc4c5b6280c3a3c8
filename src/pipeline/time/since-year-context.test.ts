/** The year a state began ("regeert al sinds 1994") lends its time to no sentence after it. */
import { describe, expect, it } from 'vitest';
import { timeStage } from './stage.ts';
import { article } from './test-article.ts';

const THURSDAY = { date: '2020-08-13', precision: 'day', inferred: false } as const;

describe('a sentence after one that dates a state by the year it began', () => {
  it.each<[string, string, string[]]>([
    [
      'Dutch',
      'nl',
      ['Loekasjenko regeert Wit-Rusland al sinds 1994.', 'Hij noemde de betogers criminelen en werklozen.'],
    ],
    ['German', 'de', ['Lukaschenko regiert Belarus seit 1994.', 'Er nannte die Demonstranten Kriminelle.']],
    ['English', 'en', ['Lukashenko has ruled Belarus since 1994.', 'He called the protesters criminals.']],
  ])('in %s, is not dated to that year', (_, lang, sentences) => {
    const second = timeStage(article(lang, [sentences], THURSDAY)).sentences[1];
    expect(second?.when.start.slice(0, 4)).toBe('2020');
  });

  it('a day the sentence before began a state on still frames it: "Sinds zondag zijn duizenden opgepakt."', () => {
    const sentences = ['Sinds zondag zijn bijna 7000 mensen opgepakt.', 'Honderden mensen raakten gewond.'];
    const second = timeStage(article('nl', [sentences], THURSDAY)).sentences[1];
    expect(second?.timeFrom).toBe('context');
  });
});
