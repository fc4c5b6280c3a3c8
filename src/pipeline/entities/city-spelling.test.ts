/**
 * A city of the story's country spelt otherwise than in GeoNames ("Piraeus"; "Thessaloniki" for
 * "Thessaloníki", before the gazetteer listed it)
 * is that city after a cue of place; elsewhere, or in a report about another country, the name
 * stays a name of its own. ("Marrakech" needs no rule: the gazetteer spells Marrakesh so.)
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
      '“in Athens and Piraeus” in a report on Greece is GeoNames’ Piraeus',
      'en',
      ['After the train crash in Greece, thousands protested in Athens and Piraeus.'],
      'piraeus',
    ],
    [
      '“in Athens and Thessaloniki” in a report on Greece is GeoNames’ Thessaloníki',
      'en',
      ['After the train crash in Greece, thousands protested in Athens and Thessaloniki.'],
      'thessaloniki',
    ],
    [
      '“north of Thessaloniki” is the city too',
      'en',
      ['The train crashed in Greece about 20 km north of Thessaloniki.'],
      'thessaloniki',
    ],
    [
      '“Residents of Marrakech” is Marrakesh by the gazetteer’s spelling',
      'en',
      ['Residents of Marrakech said some buildings had collapsed in the old city.'],
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
    expect(idsOf('en', ['The crash happened north of Piraeus.'])).not.toContain('piraeus');
  });
});
