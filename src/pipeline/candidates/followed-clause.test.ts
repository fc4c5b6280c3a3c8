/**
 * A clause whose verb is "follow" and which counts ("maandag volgden er nog eens vier") tells the
 * happening of the clause before it again, on its own day and with its own count.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../../schema/events.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

const ARTICLES: [lang: string, sentence: string][] = [
  ['nl', 'Afgelopen zondag werden de eerste vier jongens bevrijd, maandag volgden er nog eens vier.'],
  ['en', 'The first four boys were rescued on Sunday, and four more followed on Monday.'],
  ['de', 'Am Sonntag wurden die ersten vier Jungen gerettet, am Montag folgten vier weitere.'],
  ['en', 'Four boys were rescued on 8 July, and on 9 July four more followed.'],
];

/** Follow clauses that repeat nothing: what followed is named ("followed by"), or nothing is counted. */
const NOT_REPEATED: [lang: string, sentence: string][] = [
  ['en', 'Four boys were rescued on Sunday, followed by talks with 12 families on Monday.'],
  ['en', 'Four boys were rescued on Sunday, and talks with the families followed on Monday.'],
];

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf(
    Object.fromEntries(
      [...ARTICLES, ...NOT_REPEATED].map(([lang, sentence], i) => [
        `${lang}_${i}.txt`,
        ` date 2018-07-11 Cave\n\n${sentence}\n`,
      ]),
    ),
  );
}, 30_000);

const rescues = (sentence: string) =>
  eventsFrom(file, sentence)
    .filter((e) => e.kind === 'rescue')
    .map((e) => [e.when.start, e.title])
    .sort();

describe('a counted clause that follows a happening', () => {
  it.each(ARTICLES)('[%s] “%s” tells four rescued on Sunday and four more on Monday', (_, sentence) => {
    expect(rescues(sentence)).toEqual([
      ['2018-07-08', '4 people rescued'],
      ['2018-07-09', '4 more people rescued'],
    ]);
  });

  it.each(NOT_REPEATED)('[%s] “%s” tells only Sunday’s rescue', (_, sentence) => {
    expect(rescues(sentence).map(([day]) => day)).toEqual(['2018-07-08']);
  });
});
