import { describe, expect, it } from 'vitest';
import { timeStage } from './stage.ts';
import { article } from './test-article.ts';

const MONDAY = { date: '2022-01-10', precision: 'day', inferred: false } as const;

describe('a day ahead named by the sentence before, in an article of Monday 10 January 2022', () => {
  it.each([
    [
      'a report in the perfect is known only to lie before publication, not on the Wednesday ahead',
      ['Premier Rutte treedt woensdag af.', 'Dat heeft de voorzitter van het parlement bekendgemaakt.'],
      { timeFrom: 'publication', start: '2022-01-03' },
    ],
    [
      'a plan for the same day takes the Wednesday ahead',
      ['Premier Rutte treedt woensdag af.', 'Zijn opvolger moet dan al klaarstaan.'],
      { timeFrom: 'context', start: '2022-01-12' },
    ],
  ])('%s', (_, sentences, expected) => {
    const timed = timeStage(article('nl', [sentences], MONDAY));
    const second = timed.sentences[1];
    expect({ timeFrom: second?.timeFrom, start: second?.when.start.slice(0, 10) }).toEqual(expected);
  });
});
