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
