import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('people of a place, named by a plural, are no name', () => {
  it.each([
    ['en', 'France has begun evacuating its citizens and other Europeans from Niger.', 'Europeans'],
    ['en', 'Hundreds of Africans were flown out of Niamey on Tuesday.', 'Africans'],
    ['nl', 'Frankrijk heeft sinds dinsdag honderden Europeanen uit Niger geëvacueerd.', 'Europeanen'],
    ['nl', 'Vanmiddag riep Biden in het Witte Huis de Amerikanen op tot eenheid.', 'Amerikanen'],
    ['en', 'The suspect, a 50-year-old Saudi doctor, was arrested at the scene.', 'Saudi'],
  ])('in %s, “%s” names no one by “%s”', (language, sentence, word) => {
    const [mentions] = mentionsOf(stage, language, [sentence]);
    expect(findMention(mentions, word)).toBeUndefined();
  });

  it.each([
    ['De West-Afrikaanse regionale organisatie Ecowas gaf de junta zondag een week de tijd.', ['Ecowas']],
    ['Volgens Oost-Europese diplomaten is het rustig.', []],
  ])('a Dutch adjective of a place names no one: “%s”', (sentence, expected) => {
    const [mentions] = mentionsOf(stage, 'nl', [sentence]);
    expect(mentions?.map((m) => m.text)).toEqual(expected);
  });

  it('a plural that derives from no place may name a party: “Republicans” is kept', () => {
    const [mentions] = mentionsOf(stage, 'en', ['Republicans and Democrats demanded her resignation.']);
    expect(findMention(mentions, 'Republicans')).toBeDefined();
  });
});

describe('a people named after its land in "-ien", "-ië" is no name of the land', () => {
  it.each([
    [
      'de',
      'Mehr als 290 Menschen wurden verletzt, wie die Behörden der Karabach-Armenier mitteilten.',
      'Armenier',
    ],
    ['de', 'Vor der Offensive lebten rund 120.000 Armenier in der Region.', 'Armenier'],
    ['de', 'Die Tunesierin wurde in Algerien festgenommen.', 'Tunesierin'],
    ['nl', 'Duizenden Armeniërs trokken naar Armenië.', 'Armeniërs'],
  ])(
    '[%s] “%s”: “%s” is people, not the land, though the land is named beside it',
    (language, sentence, word) => {
      const [, mentions] = mentionsOf(stage, language, [
        'Die Menschen fliehen nach Armenien und Tunesien.',
        sentence,
      ]);
      expect(findMention(mentions, word)?.id).toBeUndefined();
    },
  );
});
