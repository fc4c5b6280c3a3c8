/**
 * "He said some 20,000 "bandits" had attacked Almaty" after a sentence of Friday: what was said
 * lies before that Friday, but the saying is of the Friday itself, which a statement of it keeps.
 */
import { describe, expect, it } from 'vitest';
import { timeStage } from './stage.ts';
import { article } from './test-article.ts';

function second(lang: string, sentences: string[]) {
  return timeStage(article(lang, [sentences])).sentences[1];
}

describe('the day of a saying of what had happened before it', () => {
  it.each<[string, string, string[]]>([
    [
      '“He said some 20,000 “bandits” had attacked Almaty” after Friday’s address',
      'en',
      [
        'On Friday, Tokaev thanked Russian President Vladimir Putin in a televised address.',
        'He said some 20,000 "bandits" had attacked Almaty.',
      ],
    ],
    [
      'a Dutch “Hij zei dat … hadden aangevallen” after Friday’s address',
      'nl',
      [
        'Vrijdag bedankte Tokajev in een televisietoespraak de Russische president Poetin.',
        'Hij zei dat zo’n 20.000 bandieten Almaty hadden aangevallen.',
      ],
    ],
    [
      'a German “Er sagte, … hätten … angegriffen” after Friday’s address',
      'de',
      [
        'Am Freitag dankte Tokajew in einer Fernsehansprache dem russischen Präsidenten Putin.',
        'Er sagte, rund 20.000 Banditen hätten Almaty angegriffen.',
      ],
    ],
  ])('%s: what was said lies before Friday, the saying is of Friday', (_name, lang, sentences) => {
    const s = second(lang, sentences);
    expect([s?.when.start, s?.when.end]).toEqual(['2021-12-31', '2022-01-06']);
    expect(s?.saidOn?.start).toBe('2022-01-07');
  });

  it('a sentence that tells what happened on the day before it has no day of saying', () => {
    const s = second('en', ['On Friday, Tokaev gave a televised address.', 'Troops patrolled the streets.']);
    expect(s?.saidOn).toBeUndefined();
  });
});
