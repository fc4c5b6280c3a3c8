/**
 * A machine translation garbles a town of the country its story is about: a close listed town of
 * that country is the town meant; elsewhere the garbled name stays a name of its own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { article } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

function idsOf(sentences: string[]): (string | undefined)[][] {
  return stage.annotate(article('en', sentences)).sentences.map((s) => s.mentions.map((m) => m.id));
}

describe('a town garbled by a translation', () => {
  it('is the town of the story’s country: “Zaventum” in a report on Belgium is Zaventem', () => {
    expect(
      idsOf([
        'Belgium in mourning after the Zaventum and metro attacks.',
        'Two explosions have shaken the hall of departures of the airport of Zaventum around 8 hours.',
        'The metro of Brussels was closed and the Belgian government decreed three days of mourning.',
      ])[1],
    ).toContain('zaventem');
  });

  it('stays a name of its own in a report about no country', () => {
    expect(idsOf(['Two explosions have shaken the airport of Zaventum.'])[0]).not.toContain('zaventem');
  });
});
