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

const SATURDAY = { date: '2010-04-24', precision: 'day', inferred: false } as const;

describe('a day or time a measure starts from, after the day the story is at, in a recap of Saturday 24 April 2010', () => {
  it.each([
    [
      'zones agreed under "Monday." to apply "from 8am GMT on Tuesday" were agreed on the Monday',
      'en',
      [
        '**Monday.** EU transport ministers, meeting by videoconference, agreed to split European airspace into three zones from 8am GMT on Tuesday: a no-fly zone around the densest ash, a zone of restricted flying, and open skies beyond.',
      ],
    ],
    [
      'zones agreed on Monday to apply "vanaf dinsdag 20 april" were agreed on the Monday, in Dutch',
      'nl',
      [
        'Op maandag kwamen de Europese ministers van Verkeer bijeen.',
        'De ministers kwamen overeen het luchtruim vanaf dinsdag 20 april in drie zones te verdelen.',
      ],
    ],
    [
      'zones agreed on Monday to apply "ab Dienstag, 20. April" were agreed on the Monday, in German',
      'de',
      [
        'Am Montag berieten die EU-Verkehrsminister in einer Videokonferenz.',
        'Die Minister einigten sich darauf, den Luftraum ab Dienstag, 20. April, in drei Zonen aufzuteilen.',
      ],
    ],
  ])('%s', (_, lang, sentences) => {
    const timed = timeStage(article(lang, [sentences], SATURDAY));
    expect(timed.sentences.at(-1)?.when.start.slice(0, 10)).toBe('2010-04-19');
  });
});
