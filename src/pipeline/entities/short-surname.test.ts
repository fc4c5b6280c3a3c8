/**
 * A listed person's family name too short to be listed alone ("May", "L.", "T.") is that person
 * after the document named them in full; never the month a time expression names.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { article, findMention } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('a short family name alone, after the full name', () => {
  it.each<[string, string, string, string, string]>([
    [
      'en',
      'The Prince of Wales attended, along with Prime Minister Theresa May.',
      '21 June: Council chief executive Nicholas Holgate resigns at the government’s request; May apologises in the Commons.',
      'May',
      'theresa-may',
    ],
    [
      'en',
      'The Rotterdam District Court sentenced Fouad L. to life in prison on Thursday.',
      'The court found L. guilty of three murders, arson and making threats.',
      'L',
      'fouad-l',
    ],
    [
      'nl',
      'De politie heeft Gökmen T. aangehouden.',
      'T. werd gisteravond na een urenlange zoektocht aangehouden in een woning aan de Oudenoord.',
      'T',
      'tanis',
    ],
  ])('%s: after “%s”, “%s” names %s as %s', (language, first, second, text, id) => {
    const [, mentions] = stage.annotate(article(language, [first, second])).sentences.map((s) => s.mentions);
    expect(findMention(mentions, text)).toMatchObject({ kind: 'actor', id });
  });

  it('a month in a time expression is no surname: “Theresa May” … “in May 2017”', () => {
    const doc = article('en', [
      'Prime Minister Theresa May ordered a public inquiry.',
      'Residents had complained in May 2017 about the fire doors.',
    ]);
    const [, second] = doc.sentences;
    if (second) {
      const start = second.text.indexOf('May 2017');
      second.timexes = [
        {
          text: 'May 2017',
          start,
          end: start + 'May 2017'.length,
          type: 'DATE',
          value: '2017-05',
          interval: { start: '2017-05-01', end: '2017-05-31' },
          precision: 'month',
        },
      ];
    }
    const [, mentions] = stage.annotate(doc).sentences.map((s) => s.mentions);
    expect(findMention(mentions, 'May')).toBeUndefined();
  });
});
