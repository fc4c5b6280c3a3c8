/**
 * "Finance minister Richard Hammond" for Philip Hammond: after a title the listed bearer of the
 * family name holds, another given name is a translation's garble, not a relative or a namesake.
 * Without the title ("Richard Hammond presented the show") it stays someone else.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

const idOf = (sentence: string, name: string): string | undefined =>
  findMention(mentionsOf(stage, 'en', [sentence])[0], name)?.id;

describe('another given name before a listed family name', () => {
  it.each([
    [
      'after a title the listed person holds, is his name garbled',
      'Finance minister Richard Hammond had already on the Sunday after the fire said that the used material is forbidden in Britain, which his ministry later relativised.',
      'Richard Hammond',
      'philip-hammond',
    ],
    [
      'without a title, is someone else',
      'Richard Hammond presented the motoring show for many years.',
      'Richard Hammond',
      'name:richard-hammond',
    ],
  ])('%s: “%s”', (_, sentence, name, id) => {
    expect(idOf(sentence, name)).toBe(id);
  });
});
