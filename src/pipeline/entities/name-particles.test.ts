/**
 * A family name that opens with a particle ("Laurence des Cars", "von der Leyen") is named with
 * it: "Cars" alone is a word, and cars set on fire are no museum director.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

const ids = (language: string, sentence: string) =>
  (mentionsOf(stage, language, [sentence])[0] ?? []).map((m) => m.id);

describe('a family name with its particle', () => {
  it.each<[string, string, string, boolean]>([
    ['en', 'Louvre director Laurence des Cars testified on Wednesday.', 'des-cars', true],
    ['nl', 'Volgens Des Cars was de camera verkeerd gericht.', 'des-cars', true],
    ['de', 'Museumsdirektorin Laurence des Cars räumte Mängel ein.', 'des-cars', true],
    ['en', 'Cars were set on fire in Lyon on Sunday.', 'des-cars', false],
    ['en', 'Dozens of Cars burned outside the station.', 'des-cars', false],
    ['en', 'Commission President Ursula von der Leyen spoke in Brussels.', 'von-der-leyen', true],
  ])('[%s] “%s” names %s: %s', (language, sentence, id, named) => {
    expect(ids(language, sentence).includes(id)).toBe(named);
  });
});
