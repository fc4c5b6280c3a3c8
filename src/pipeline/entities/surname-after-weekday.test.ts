/**
 * A weekday or month of a time expression right before a family name ("Already on Wednesday Amado
 * had described …") is no part of a longer name: the family name alone is the person the
 * document named in full before it ("Yukiya Amado").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { article, findMention } from './test-support.ts';
import type { TimedArticle } from '../types.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

/** The article with `timex` written as a day-level time expression in its second sentence. */
function withTimex(doc: TimedArticle, timex: string, value: string): TimedArticle {
  const [first, second] = doc.sentences;
  if (!first || !second) return doc;
  const start = second.text.indexOf(timex);
  return {
    ...doc,
    sentences: [
      first,
      {
        ...second,
        timexes: [
          {
            text: timex,
            start,
            end: start + timex.length,
            type: 'DATE',
            value,
            interval: { start: value, end: value },
            precision: 'day',
          },
        ],
      },
    ],
  };
}

describe('a family name alone right after a time expression', () => {
  it.each<[string, string, string, string, string]>([
    [
      'en',
      'The boss of the International Atomic Energy Agency (IAEA), Yukiya Amado, came on Friday in Tokyo on.',
      'Already on Wednesday Amado had described the situation in Vienna as "very serious".',
      'Wednesday',
      '2011-03-16',
    ],
    [
      'en',
      'The boss of the International Atomic Energy Agency (IAEA), Yukiya Amado, came on Friday in Tokyo on.',
      'On Thursday Amado flew from Vienna to Tokyo.',
      'Thursday',
      '2011-03-17',
    ],
  ])('%s: after “%s”, “Amado” in “%s” is the full name', (language, first, second, timex, value) => {
    const doc = withTimex(article(language, [first, second]), timex, value);
    const [, mentions] = stage.annotate(doc).sentences.map((s) => s.mentions);
    expect(findMention(mentions, 'Amado')).toMatchObject({ id: 'name:yukiya-amado' });
  });
});
