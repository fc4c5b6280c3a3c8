/**
 * A family name a translation split in two ("Ahmed About Taleb") is the listed person where the
 * words joined sound as the name and something backs it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { article } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

function idsOf(language: string, sentences: string[]): (string | undefined)[] {
  return stage.annotate(article(language, sentences)).sentences.flatMap((s) => s.mentions.map((m) => m.id));
}

describe('a family name split in two by a translation', () => {
  it.each<[string, string, string[]]>([
    [
      'the mayor’s given name before “About Taleb” makes him Aboutaleb',
      'en',
      ['Mayor Ahmed About Taleb said yesterday evening on a press conference that Rotterdam is in shock.'],
    ],
    [
      'a document that names Aboutaleb makes “About Taleb” him',
      'en',
      ['Ahmed Aboutaleb spoke in Rotterdam.', 'Later About Taleb said the city is in shock.'],
    ],
    [
      'the Dutch “burgemeester Ahmed About Taleb” is Aboutaleb',
      'nl',
      ['Volgens burgemeester Ahmed About Taleb is Rotterdam in shock.'],
    ],
    [
      'the German “Bürgermeister Ahmed About Taleb” is Aboutaleb',
      'de',
      ['Bürgermeister Ahmed About Taleb sprach von einem schwarzen Tag.'],
    ],
  ])('%s', (_what, language, sentences) => {
    expect(idsOf(language, sentences)).toContain('aboutaleb');
  });

  it.each<[string, string[]]>([
    [
      'another given name before the two words is someone else',
      ['Peter About Taleb said the city is in shock.'],
    ],
    [
      'the two words alone, with nothing to back them, are nobody listed',
      ['Later About Taleb said the city is in shock.'],
    ],
  ])('%s', (_what, sentences) => {
    expect(idsOf('en', sentences)).not.toContain('aboutaleb');
  });
});
