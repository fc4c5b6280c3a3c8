import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('a Dutch town after a phrase with "aan"', () => {
  it.each([
    [
      "'aan de kust bij Batoemi' places the blockade in Batumi, the Dutch name read as the city",
      'Aan de kust bij Batoemi blokkeerden betogers korte tijd de weg naar de haven.',
      'Batoemi',
      'batumi',
      'place',
    ],
    [
      "'een bijeenkomst aan het Vrijheidsplein in Koetaisi' is held in Kutaisi",
      'Studenten hielden een bijeenkomst aan het Vrijheidsplein in Koetaisi.',
      'Koetaisi',
      'kutaisi',
      'place',
    ],
    [
      'a town no list knows after "aan de kust bij" is taken for a place, not a person',
      'Aan de kust bij Oereki blokkeerden betogers de weg.',
      'Oereki',
      'name:oereki',
      'place',
    ],
    [
      'a town no list knows after "aan het plein in" is taken for a place, not a person',
      'Een bijeenkomst aan het Centrale Plein in Zoegdidi liep uit de hand.',
      'Zoegdidi',
      'name:zoegdidi',
      'place',
    ],
  ])('%s', (_name, sentence, text, id, kind) => {
    const [found] = mentionsOf(stage, 'nl', [sentence]);
    const mention = findMention(found, text);
    expect(mention?.id, JSON.stringify(found)).toBe(id);
    const place = mention?.kind === 'place' || stage.actor(id)?.kind === 'place';
    expect(place ? 'place' : 'other').toBe(kind);
  });
});
