/**
 * A machine translation that keeps a title holder's family name, written first, and garbles the
 * given name into another famous one ("President Yoon Yeo-jeong") means the holder; without the
 * title, or with a title the person does not hold, it is someone else of that family.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

const NAMED = 'The South Korean parliament has voted for the impeachment of President Yoon Suk Yeol.';

describe('a garbled given name after the holder’s family name', () => {
  it.each([
    ['en', 'President Yoon Yeo-jeong had imposed the martial law on Tuesday of last week in surprise.'],
    ['nl', 'President Yoon Yeo-jeong had vorige week dinsdag de staat van beleg afgekondigd.'],
    ['de', 'Präsident Yoon Yeo-jeong hatte am Dienstag das Kriegsrecht verhängt.'],
  ])('[%s] “%s” is Yoon Suk Yeol, written as the translation has it', (language, sentence) => {
    const [, found] = mentionsOf(stage, language, [NAMED, sentence]);
    expect(findMention(found, 'Yoon Yeo-jeong')).toMatchObject({
      id: 'yoon-suk-yeol',
      resolution: 'context',
    });
  });

  it.each([
    [
      'without a title, the actress Yoon Yeo-jeong is herself',
      'The actress Yoon Yeo-jeong won an Oscar in 2021.',
    ],
    [
      'after a title Yoon does not hold, it is someone else',
      'Prime Minister Yoon Yeo-jeong met the mayor on Tuesday.',
    ],
  ])('%s', (_name, sentence) => {
    const [, found] = mentionsOf(stage, 'en', [NAMED, sentence]);
    expect(found?.find((m) => m.id === 'yoon-suk-yeol')).toBeUndefined();
  });
});
