import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('an organisation named "X of Y" is one mention of kind organisation', () => {
  it.each([
    [
      'en',
      'The Court of Justice of the European Union ruled against the law.',
      'Court of Justice of the European Union',
    ],
    ['en', 'The Reserve Bank of India kept its rates unchanged.', 'Reserve Bank of India'],
    ['en', 'She studied at the University of Oxford until 2019.', 'University of Oxford'],
    ['en', 'Former Bank of England governor Mark Carney spoke first.', 'Bank of England'],
    ['nl', 'De Raad van State gaf een negatief advies.', 'Raad van State'],
    ['de', 'Die Bank von England erhöhte den Leitzins.', 'Bank von England'],
  ])('in %s, “%s” names the organisation “%s” and no place', (language, sentence, name) => {
    const [mentions = []] = mentionsOf(stage, language, [sentence]);
    const organisation = mentions.find((m) => m.text === name);
    expect(organisation).toBeDefined();
    expect(stage.actor(organisation?.id ?? '')).toMatchObject({ name, kind: 'organisation' });
    expect(mentions.filter((m) => m.kind === 'place')).toEqual([]);
  });
});

describe('a person’s title after an organisation’s head noun opens the holder’s name', () => {
  it.each([
    ['en', 'EU Council President Charles Michel announced a special summit on Belarus.', 'charles-michel'],
    ['en', 'Security Council President Mark Rutte said the EU stands with Belarus.', 'rutte'],
  ])('in %s, “%s” names %s, not an organisation', (language, sentence, id) => {
    const [mentions = []] = mentionsOf(stage, language, [sentence]);
    expect(mentions.map((m) => m.id)).toContain(id);
  });
});

describe('a building named by its head noun is a site, of kind place, not an organisation', () => {
  it.each([
    [
      'en',
      'The crush began at about 10:15 p.m. in a sloping alley next to the Hamilton Hotel.',
      'Hamilton Hotel',
    ],
    [
      'de',
      'Das Unglück ereignete sich in einer schmalen Gasse neben dem Hamilton-Hotel im Ausgehviertel Itaewon.',
      'Hamilton-Hotel',
    ],
    ['nl', 'De paus overleed in zijn appartement in het Casa Santa Marta.', 'Casa Santa Marta'],
  ])('in %s, “%s” names the building “%s”', (language, sentence, name) => {
    const [mentions = []] = mentionsOf(stage, language, [sentence]);
    const building = mentions.find((m) => m.text === name);
    expect(stage.actor(building?.id ?? '')).toMatchObject({ kind: 'place' });
  });
});

describe('a listed person written right after an organisation’s name holds a post in it', () => {
  it.each([
    [
      'en',
      'The chairwoman of the Council of the Representatives Nancy Pelosi described the invasion as shameful.',
      'pelosi',
    ],
    ['en', 'The head of the Council of Ministers Mark Rutte spoke first.', 'rutte'],
  ])('in %s, “%s” names %s, no longer organisation', (language, sentence, id) => {
    const [mentions = []] = mentionsOf(stage, language, [sentence]);
    expect(mentions.map((m) => m.id)).toContain(id);
  });
});
