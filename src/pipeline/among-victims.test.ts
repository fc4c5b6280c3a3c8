/**
 * "Among the victims one counts 72 Germans": counts set among the victims are each nation's share
 * of the dead; the words alone, with no count ("Er zijn geen Nederlanders onder de slachtoffers"),
 * report no deaths.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { eventFileOf, eventsFrom, sentenceArticles } from './test-articles.ts';

const SENTENCES = [
  [
    'en_mt.txt',
    'Among the victims one counts 72 Germans and 51 Spanish, according to the last figures of the authorities.',
  ],
  ['de_ts.txt', 'Unter den Opfern sind nach Angaben der Bundesregierung 67 Deutsche.'],
  ['nl_nos.txt', 'Onder de slachtoffers zijn 72 Duitsers en 49 Spanjaarden.'],
  ['nl_geen.txt', 'Er zijn geen Nederlanders onder de slachtoffers.'],
  ['en_none.txt', 'There were no Britons among the victims.'],
] as const;

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf(sentenceArticles(SENTENCES, '2015-03-26'));
}, 60_000);

function counts(sentence: string): string[] {
  return eventsFrom(file, sentence)
    .filter((e) => e.kind === 'death')
    .flatMap((e) => e.figures.map((f) => `${f.value} ${f.counts}`));
}

describe('counts among the victims are each nation’s share of the dead', () => {
  it.each([
    [SENTENCES[0][1], ['72 people from Germany killed', '51 people from Spain killed']],
    [SENTENCES[1][1], ['67 people from Germany killed']],
    [SENTENCES[2][1], ['72 people from Germany killed', '49 people from Spain killed']],
  ])('“%s” counts %j', (sentence, expected) => {
    expect(counts(sentence)).toEqual(expect.arrayContaining(expected));
  });

  it.each([[SENTENCES[3][1]], [SENTENCES[4][1]]])('“%s” reports no deaths', (sentence) => {
    expect(eventsFrom(file, sentence).filter((e) => e.kind === 'death')).toEqual([]);
  });
});
