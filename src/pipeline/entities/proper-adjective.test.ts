/**
 * A capitalised dictionary word between "a" and a lowercase noun ("a Muslim asylum seeker") is an
 * adjective, not an actor; the same word standing alone after a title still names someone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

const texts = (sentence: string): string[] =>
  (mentionsOf(stage, 'en', [sentence])[0] ?? []).map((m) => m.text);

describe('a proper adjective before a noun', () => {
  it.each([
    'False claims spread on social media that he was a Muslim asylum seeker.',
    'Rioters attacked a Hindu temple in Leicester.',
    'An Anglican vicar led the vigil.',
  ])('“%s” names no one by the adjective', (sentence) => {
    expect(texts(sentence).filter((t) => /Muslim|Hindu|Anglican/.test(t))).toEqual([]);
  });
});
