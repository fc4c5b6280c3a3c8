/**
 * A 'person' trigger ("was shot", "neergeschoten", "niedergeschossen") reports only with a person
 * as its subject or object: the assassination of Shinzo Abe (July 2022), told with his age set off
 * after his name and, in Dutch and German, with the participle at the end of a long clause.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day } from './test-helpers.ts';

const ABE: [string, 'actor', string] = ['Abe', 'actor', 'abe'];

function kindsOf(lang: string, text: string): string[] {
  return candidatesOfSentence(lang, { text, mentions: [ABE], when: day('2022-07-08') }).map((c) => c.kind);
}

describe('a person as the subject of a trigger told with a person', () => {
  it.each([
    [
      'en',
      'Abe, 67, was shot from behind at about 11:30 a.m. as he spoke outside Yamato-Saidaiji railway station.',
    ],
    [
      'nl',
      'Abe (67) werd gisterochtend rond 11.30 uur lokale tijd (04.30 uur Nederlandse tijd) neergeschoten tijdens een verkiezingstoespraak voor het station Yamato-Saidaiji.',
    ],
    [
      'de',
      'Abe war am Freitag in der Stadt Nara während einer Wahlkampfrede vor dem Bahnhof Yamato-Saidaiji niedergeschossen worden.',
    ],
  ])('[%s] “%s” is an assassination attempt', (lang, text) => {
    expect(kindsOf(lang, text)).toContain('assassination-attempt');
  });

  it.each([
    ['en', 'Abe said on Friday that the minister was shot at the weekend.', 'assassination-attempt'],
    ['de', 'Abe war erschüttert, als der Minister niedergeschossen wurde.', 'assassination-attempt'],
    ['nl', 'Abe is bang dat er op straat wordt neergeschoten.', 'assassination-attempt'],
    ['de', 'Abe war am Montagabend festgenommen worden und kam gegen eine Kaution frei.', 'release'],
  ])('[%s] “%s” is no %s: the name is not the subject of its own clause’s verb', (lang, text, kind) => {
    expect(kindsOf(lang, text)).not.toContain(kind);
  });
});
