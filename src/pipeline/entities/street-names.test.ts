import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('a street, a square or a cemetery no list knows is a place, not someone who acts or speaks', () => {
  it.each([
    ['en', 'Protesters had gathered on Rustaveli Avenue for a third straight night.', 'Rustaveli Avenue'],
    ['en', 'Thousands marched down Nevsky Prospekt on Sunday.', 'Nevsky Prospekt'],
    ['nl', 'Op de Roestaveli-laan is de stemming strijdbaar.', 'Roestaveli'],
    ['nl', 'Aan het Europaplein in Zoegdidi werd gedemonstreerd.', 'Europaplein'],
    ['en', 'Navalny was buried at the Borisovskoye cemetery on Friday.', 'Borisovskoye'],
    ['nl', 'Daarna werd Navalny begraven op de Borisovskoje-begraafplaats.', 'Borisovskoje'],
    [
      'en',
      'The crush happened shortly after 5 p.m. in a tunnel under Karl-Lehr-Strasse that served as the only entrance and exit to the festival grounds.',
      'Karl-Lehr-Strasse',
    ],
    ['en', 'Thousands gathered on Potsdamer Platz on Sunday evening.', 'Potsdamer Platz'],
  ])('[%s] “%s”: %s', (language, sentence, text) => {
    const [found] = mentionsOf(stage, language, [sentence]);
    const mention = findMention(found, text);
    expect(mention, JSON.stringify(found)).toBeDefined();
    expect(stage.actor(mention?.id ?? '')?.kind).toBe('place');
  });

  it('keeps a person whose surname is also a word for a road: “Diane Lane said” names someone', () => {
    const [found] = mentionsOf(stage, 'en', ['Diane Lane said the avenue was closed.']);
    const mention = findMention(found, 'Diane Lane');
    expect(stage.actor(mention?.id ?? '')?.kind).not.toBe('place');
  });
});
