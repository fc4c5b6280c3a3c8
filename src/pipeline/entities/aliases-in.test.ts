import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

const ids = (lang: string, sentence: string) => mentionsOf(stage, lang, [sentence])[0]?.map((m) => m.id);

describe('a name only one language gives an actor (aliasesIn)', () => {
  it.each<[string, string, string[]]>([
    ['de', 'Die US-Marine hat am Sonntag ein Geräusch aufgezeichnet.', ['us-navy']],
    ['en', 'The US-Marine said on Sunday that it had heard nothing.', ['united-states']],
  ])('[%s] “%s” names %j', (lang, sentence, expected) => {
    expect(ids(lang, sentence)).toEqual(expected);
  });

  it('is listed among the actor’s aliases in the event file', () => {
    expect(stage.actor('us-navy')?.aliases).toContain('US-Marine');
  });
});
