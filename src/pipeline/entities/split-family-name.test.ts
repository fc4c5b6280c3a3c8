/** A family name split in two ("Mike De Wine") is the listed person whose name writes it as one word. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { article } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

function ids(lang: string, sentence: string): (string | undefined)[] {
  return stage.annotate(article(lang, [sentence])).sentences[0]?.mentions.map((m) => m.id) ?? [];
}

describe('a family name split in two', () => {
  it.each([
    [
      'en',
      'The residents of East Palestine are back after Governor Mike De Wine lifted the evacuation order yesterday afternoon.',
      'mike-dewine',
    ],
    ['en', 'Mayor Ahmed About Taleb said yesterday evening that Rotterdam is in shock.', 'aboutaleb'],
    ['nl', 'Burgemeester Ahmed About Taleb sprak van een zwarte dag.', 'aboutaleb'],
    ['de', 'Gouverneur Mike De Wine hob die Anordnung am Mittwoch auf.', 'mike-dewine'],
  ])('[%s] “%s” names %s', (lang, sentence, id) => {
    expect(ids(lang, sentence)).toContain(id);
  });

  it('stays a name of its own after a given name the person does not bear', () => {
    expect(ids('en', 'The winemaker Pierre De Wine opened his cellar on Friday.')).not.toContain(
      'mike-dewine',
    );
  });
});
