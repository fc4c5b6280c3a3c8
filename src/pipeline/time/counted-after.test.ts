import { describe, expect, it } from 'vitest';
import { timeStage } from './stage.ts';
import { article } from './test-article.ts';

const PUBLISHED = { date: '2019-04-26', precision: 'day', inferred: false } as const;

/** The day the sentence is dated to, as "start..end precision", and where it came from. */
function dayOf(lang: string, sentence: string): string {
  const s = timeStage(article(lang, [[sentence]], PUBLISHED)).sentences[0];
  if (!s) throw new Error('no sentence');
  return `${s.when.start.slice(0, 10)}..${s.when.end.slice(0, 10)} ${s.timeFrom}`;
}

describe('a time after a counted “after” is the earlier happening’s, not the sentence’s', () => {
  it.each<[string, string, string, string]>([
    [
      'the translation’s “Almost one week after the attacks on Easter Sunday” does not date the resignation to Easter',
      'en',
      'Almost one week after the serious attacks on Easter Sunday in Sri Lanka the police boss of the country has his resignation submitted.',
      '2019-04-19..2019-04-26 publication',
    ],
    [
      'a Dutch “Vijf dagen na de aanslagen van zondag” does not date the resignation to Sunday',
      'nl',
      'Vijf dagen na de aanslagen van zondag is de politiechef afgetreden.',
      '2019-04-19..2019-04-26 publication',
    ],
    [
      'a German “Fünf Tage nach den Anschlägen am Sonntag” does not date the resignation to Sunday',
      'de',
      'Fünf Tage nach den Anschlägen am Sonntag ist der Polizeichef zurückgetreten.',
      '2019-04-19..2019-04-26 publication',
    ],
    [
      'a time of the sentence’s own after the counted phrase still dates it',
      'en',
      'Five days after the attacks, the police chief resigned on Friday.',
      '2019-04-26..2019-04-26 own',
    ],
    [
      'a plain “after the attacks on Sunday”, no stretch counted, still dates the sentence',
      'en',
      'After the attacks on Sunday the government blocked social media.',
      '2019-04-21..2019-04-21 own',
    ],
  ])('%s', (_name, lang, sentence, expected) => {
    expect(dayOf(lang, sentence)).toBe(expected);
  });
});
