/**
 * A town from the package followed by a word no dictionary knows is the front of a longer foreign
 * name ("de Santa Maria Maggiore"), not the town; a German noun after a town leaves the town.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('a package town before an unknown word', () => {
  it.each([
    ['nl', 'Hij werd zaterdag begraven in de Santa Maria Maggiore.', ['Santa Maria Maggiore', 'unknown']],
    ['en', 'He was buried in Santa Maria Maggiore on Saturday.', ['Santa Maria Maggiore', 'unknown']],
    ['en', 'Protesters gathered in Santa Maria on Saturday.', ['Santa Maria', 'place']],
  ])('in %s, "%s" names %j', (lang, text, [name, kind]) => {
    const [list] = mentionsOf(stage, lang, [text]);
    expect((list ?? []).map((m) => [m.text, m.kind])).toContainEqual([name, kind]);
  });
});
