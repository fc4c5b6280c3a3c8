/**
 * "In Hartlepool griffen Randalierer die Polizei an, in London nahm die Polizei … fest": the
 * happening the sentence opens with took place where it opens, not in the city of the clause
 * spliced on after the comma.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../../schema/events.ts';
import { eventFileOf, eventsFrom, sentenceArticles } from '../test-articles.ts';

const SENTENCES = [
  [
    'de_hartlepool.txt',
    'In Hartlepool griffen Randalierer am Mittwochabend die Polizei an, in London nahm die Polizei bei einer Demonstration mehr als 100 Menschen fest.',
    'Attack in Hartlepool',
  ],
  [
    'en_hartlepool.txt',
    'In Hartlepool, rioters attacked police on Wednesday evening; in London, police arrested more than 100 people at a protest.',
    'Attack in Hartlepool',
  ],
  [
    'nl_hartlepool.txt',
    'In Hartlepool werden woensdagavond agenten aangevallen, in Londen hield de politie bij een demonstratie meer dan honderd mensen aan.',
    'Attack in Hartlepool',
  ],
  [
    'de_downing.txt',
    'In Hartlepool griffen Randalierer die Polizei an und setzten ein Auto in Brand, in London nahm die Polizei bei einer Demonstration nahe der Downing Street mehr als 100 Menschen fest.',
    'Attack in Hartlepool',
  ],
] as const;

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf(
    sentenceArticles(
      SENTENCES.map(([name, sentence]) => [name, sentence] as const),
      '2024-08-01',
    ),
  );
}, 60_000);

describe('a place the sentence opens with', () => {
  it.each(SENTENCES.map(([, sentence, title]) => [sentence, title]))(
    '“%s” is told as “%s”',
    (sentence, title) => {
      expect(eventsFrom(file, sentence).map((e) => e.title)).toContain(title);
    },
  );
});
