/**
 * A night word after the report has told its own day's late evening: the night that follows that
 * evening, and a clock time "shortly before midnight" after it is of the report's own day.
 */
import { describe, expect, it } from 'vitest';
import { timeStage } from './stage.ts';
import { article } from './test-article.ts';
import type { Published } from '../types.ts';

const WEDNESDAY: Published = { date: '2015-01-07', precision: 'day', inferred: false };
const THURSDAY: Published = { date: '2015-01-08', precision: 'day', inferred: false };

describe('a night word after the evening of the report’s own day', () => {
  it.each<[string, string, string[], Published, string]>([
    [
      'the surrender “shortly before midnight” after “Late Wednesday … overnight” is on Wednesday',
      'en',
      [
        'Late Wednesday, a police official identified three suspects.',
        'Anti-terror police converged on an apartment building in the eastern city of Reims overnight.',
        'Shortly before midnight, the 18-year-old turned himself in at a police station in Charleville-Mezieres, a police source said.',
      ],
      WEDNESDAY,
      '2015-01-07T23:59',
    ],
    [
      'the police operation “overnight” after the evening of the report is that evening’s night',
      'en',
      [
        'Late Wednesday, a police official identified three suspects.',
        'Anti-terror police converged on an apartment building in the eastern city of Reims overnight.',
      ],
      WEDNESDAY,
      '2015-01-07',
    ],
    [
      'a Dutch “vannacht” after “woensdagavond” in a report of that Wednesday is the night into Thursday',
      'nl',
      [
        'Woensdagavond maakte de politie de namen van drie verdachten bekend.',
        'Vannacht heeft de politie een woning in Reims doorzocht.',
      ],
      WEDNESDAY,
      '2015-01-07',
    ],
    [
      'a German “heute Nacht” after “am Mittwochabend” in a report of that Wednesday is the night into Thursday',
      'de',
      [
        'Am Mittwochabend nannte die Polizei drei Verdächtige.',
        'Heute Nacht durchsuchten Spezialkräfte ein Wohnhaus in Reims.',
      ],
      WEDNESDAY,
      '2015-01-07',
    ],
    [
      'a morning report’s “overnight” after the evening before is still the night before the report',
      'en',
      [
        'Late Wednesday, a police official identified three suspects.',
        'Anti-terror police converged on an apartment building in the eastern city of Reims overnight.',
      ],
      THURSDAY,
      '2015-01-07',
    ],
    [
      '“overnight” with no evening told before it is the night before the report',
      'en',
      [
        'A police official identified three suspects.',
        'Anti-terror police converged on an apartment building in the eastern city of Reims overnight.',
      ],
      WEDNESDAY,
      '2015-01-06',
    ],
  ])('%s', (_, lang, sentences, published, start) => {
    const timed = timeStage(article(lang, [sentences], published));
    expect(timed.sentences[timed.sentences.length - 1]?.when.start).toBe(start);
  });
});
