import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('the last name of a list after a preposition of place is a place too', () => {
  it.each([
    ['nl', 'De vakbond riep op tot stakingen, onder meer in Wolfsburg en Zwickau.', 'zwickau-de'],
    ['de', 'Gestreikt wurde in Wolfsburg und Zwickau.', 'zwickau-de'],
    ['en', 'Workers walked out in Wolfsburg and Zwickau.', 'zwickau-de'],
  ])('in %s, “%s” names the town %s', (language, sentence, id) => {
    const [mentions] = mentionsOf(stage, language, [sentence]);
    expect(mentions?.map((m) => m.id)).toContain(id);
  });

  it('a person named after "and" is no town: "in Berlin and Olaf Scholz"', () => {
    const [mentions] = mentionsOf(stage, 'en', ['The talks were held in Berlin and Olaf Scholz spoke.']);
    expect(mentions?.find((m) => m.text.includes('Olaf'))?.kind).not.toBe('place');
  });
});

describe('a name between the first and the last of such a list is a place too', () => {
  it.each([
    [
      'en',
      'Most of the victims were found in Paiporta, Catarroja, Sedaví, Alfafar and Benetússer.',
      ['catarroja-es', 'alfafar-es'],
    ],
    [
      'nl',
      'De meeste doden vielen in Paiporta, Catarroja, Alfafar en Benetússer.',
      ['catarroja-es', 'alfafar-es'],
    ],
    [
      'de',
      'Die meisten Toten gab es in Paiporta, Catarroja, Alfafar und Benetússer.',
      ['catarroja-es', 'alfafar-es'],
    ],
  ])('in %s, “%s” names the towns %j', (language, sentence, ids) => {
    const [mentions] = mentionsOf(stage, language, [sentence]);
    expect(mentions?.map((m) => m.id)).toEqual(expect.arrayContaining(ids));
  });

  it.each([
    ['en', 'Talks were held in Paris, Aldaia said on Monday.', 'Aldaia'],
    ['en', 'In Paiporta, Aldaia, a resident, cleared the mud.', 'Aldaia'],
  ])('but not a name after a comma with no "and" to come: “%s: %s” (%s)', (language, sentence, name) => {
    const [mentions] = mentionsOf(stage, language, [sentence]);
    expect(mentions?.find((m) => m.text === name)?.kind).not.toBe('place');
  });
});
