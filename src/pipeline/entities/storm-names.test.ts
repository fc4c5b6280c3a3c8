/**
 * A name right after a storm word is the storm's, not an actor's; a name right after a
 * neighbourhood noun is a place.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('names of storms and neighbourhoods', () => {
  it.each([
    [
      'a Dutch storm’s name is no actor',
      'nl',
      'Door storm Henk is een dijk bij Delfzijl doorgebroken.',
      'Henk',
    ],
    [
      'an English hurricane’s name is no actor',
      'en',
      'Hurricane Delia made landfall near Tampa on Thursday.',
      'Delia',
    ],
    [
      'a German storm’s name is no actor',
      'de',
      'Sturmtief Bernd hat in Hamburg schwere Schäden angerichtet.',
      'Bernd',
    ],
  ])('%s', (_, lang, text, name) => {
    const [list] = mentionsOf(stage, lang, [text]);
    expect(findMention(list, name)).toBeUndefined();
  });

  it.each([
    [
      'a Dutch neighbourhood after "wijk" is a place',
      'nl',
      'Zeker 350 bewoners van de wijk Tuikwerd zijn geëvacueerd.',
      'name:tuikwerd',
    ],
    [
      'a German district after "Stadtteil" is a place',
      'de',
      'Im Stadtteil Tuikwerd wurden 350 Bewohner evakuiert.',
      'name:tuikwerd',
    ],
  ])('%s', (_, lang, text, id) => {
    mentionsOf(stage, lang, [text]);
    expect(stage.actor(id)?.kind).toBe('place');
  });
});
