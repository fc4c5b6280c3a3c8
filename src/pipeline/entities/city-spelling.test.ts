/**
 * A city of the story's country spelt otherwise than in GeoNames ("Marrakech", "Marrakesh";
 * "Thessaloniki", "Thessaloníki") is that city after a cue of place; elsewhere, or in a report
 * about another country, the name stays a name of its own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { article } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

function idsOf(lang: string, sentences: string[]): (string | undefined)[] {
  return stage.annotate(article(lang, sentences)).sentences.flatMap((s) => s.mentions.map((m) => m.id));
}

describe('a city spelt otherwise', () => {
  it.each<[string, string, string[], string]>([
    [
      '“in Marrakech” in a report on Morocco is GeoNames’ Marrakesh',
      'en',
      ['A powerful earthquake in Morocco damaged historic buildings in Marrakech.'],
      'marrakesh',
    ],
    [
      '“southwest of Marrakech” is the city too',
      'en',
      ['The quake in Morocco struck about 72 km southwest of Marrakech.'],
      'marrakesh',
    ],
    [
      'German “in Athen und Thessaloniki” in a report on Greece is Thessaloníki',
      'de',
      ['Nach dem Zugunglück in Griechenland demonstrierten in Athen und Thessaloniki Tausende Menschen.'],
      'thessaloniki',
    ],
  ])('%s', (_, lang, sentences, id) => {
    expect(idsOf(lang, sentences)).toContain(id);
  });

  it('a report about no country leaves the name as written', () => {
    expect(idsOf('en', ['The quake damaged historic buildings in Marrakech.'])).not.toContain('marrakesh');
  });
});
