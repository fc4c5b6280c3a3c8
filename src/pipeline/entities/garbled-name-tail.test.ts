/**
 * An organisation's name written with its last word garbled by a machine translation ("Norfolk
 * Southerly") is the listed organisation; a title ("Interior Minister") or a longer word is not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('a listed organisation with its last word garbled', () => {
  it.each<[string, string, string]>([
    [
      'en',
      'The train of Norfolk Southerly derailed on Friday evening with about 150 cars.',
      'Norfolk Southerly',
    ],
    [
      'en',
      'Norfolk Southerly opened a center for the families and pays the residents for the evacuation.',
      'Norfolk Southerly',
    ],
    ['nl', 'De trein van Norfolk Southerly ontspoorde vrijdagavond.', 'Norfolk Southerly'],
    [
      'de',
      'Der Zug der Bahngesellschaft Norfolk Southerly war am Freitagabend entgleist.',
      'Norfolk Southerly',
    ],
  ])('%s: “%s” names Norfolk Southern', (language, sentence, words) => {
    const [list] = mentionsOf(stage, language, [sentence]);
    expect(findMention(list, words)).toMatchObject({ id: 'norfolk-southern', resolution: 'fuzzy' });
  });

  it.each<[string, string, string]>([
    [
      'a title',
      'Interior Minister Ihor Klymenko said on Sunday that ten people had died.',
      'Interior Minister',
    ],
    ['a longer word', 'The National Guardian reported the news on Monday.', 'National Guardian'],
    ['a word of its own', 'The United Nationalists marched on Sunday.', 'United Nationalists'],
  ])('%s is no garble: “%s”', (_what, sentence, words) => {
    const [list] = mentionsOf(stage, 'en', [sentence]);
    expect(findMention(list, words)?.resolution).not.toBe('fuzzy');
  });
});
