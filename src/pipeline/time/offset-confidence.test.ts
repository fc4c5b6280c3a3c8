import { describe, expect, it } from 'vitest';
import { timeStage } from './stage.ts';
import { article } from './test-article.ts';

const TUESDAY = { date: '2016-03-22', precision: 'day', inferred: false } as const;

describe('a time counted on from another is less sure than one the text writes', () => {
  it.each([
    [
      'de',
      'Gegen 8 Uhr explodierten in der Abflughalle des Flughafens Zaventem zwei Sprengsätze.',
      'Etwa eine Stunde später detonierte eine weitere Bombe in einem Zug der Metro an der Station Maelbeek.',
      '2016-03-22T09:00',
    ],
    [
      'en',
      'The airport explosions came at 7:58 a.m. in the departure hall.',
      'Two hours later, a third bomb was found.',
      '2016-03-22T09:58',
    ],
  ])('[%s] “%s” then “%s”: %s, less sure than the clock time before it', (lang, first, second, value) => {
    const [clock, counted] = timeStage(article(lang, [[first, second]], TUESDAY)).sentences;
    expect(counted?.when.value).toBe(value);
    expect(counted?.when.confidence).toBeLessThan(clock?.when.confidence ?? 0);
  });

  it('[nl] a clock time read off the text keeps its full confidence: “Ruim een uur later, om 9.11 uur, ontplofte een bom”', () => {
    const [, metro] = timeStage(
      article(
        'nl',
        [['Om 7.58 uur ontploften twee bommen.', 'Ruim een uur later, om 9.11 uur, ontplofte een bom.']],
        TUESDAY,
      ),
    ).sentences;
    expect(metro?.when).toMatchObject({ value: '2016-03-22T09:11', confidence: 0.9 });
  });
});
