/** A mine named with its noun before it, in German also as a compound ("Goldmine San José"), is the mine. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('the San José mine, however its noun is written', () => {
  it.each([
    [
      'de',
      'Die Männer sind seit dem Einsturz eines Stollens in der Kupfer- und Goldmine San José im Norden des Landes eingeschlossen.',
      'Goldmine San José',
    ],
    ['de', 'An der Mine San José in der Atacama-Wüste brachen Angehörige in Jubel aus.', 'Mine San José'],
    [
      'nl',
      'In Chili is de reddingsoperatie van de 33 mijnwerkers die sinds 5 augustus vastzitten in de San José-mijn in volle gang.',
      'San José-mijn',
    ],
  ])('[%s] “%s” names the mine as “%s”', (lang, sentence, text) => {
    const m = findMention(mentionsOf(stage, lang, [sentence])[0], text);
    expect([m?.kind, m?.id]).toEqual(['place', 'san-jose-mine']);
  });
});
