/**
 * A fire named by its name joined to the word for fire ("des Eaton-Feuers", "de Eaton-brand") is
 * the fire English calls the "Eaton Fire": one id in every language.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('a fire’s name in a compound', () => {
  it.each([
    [
      'en',
      'On Tuesday evening a second blaze, the Eaton Fire, erupted in the foothills near Altadena, north of Pasadena.',
    ],
    [
      'de',
      '16 Opfer wurden im Gebiet des Eaton-Feuers gefunden, acht im Gebiet des Palisades-Feuers, wie die Gerichtsmedizin am Sonntag mitteilte.',
    ],
    [
      'de',
      'Das Palisades-Feuer war am Sonntag erst zu elf Prozent eingedämmt, das Eaton-Feuer bei Altadena zu 27 Prozent.',
    ],
    ['nl', 'De Eaton-brand bij Altadena was zondag voor 27 procent onder controle.'],
  ])('[%s] “%s” names the Eaton Fire', (language, sentence) => {
    const [mentions] = mentionsOf(stage, language, [sentence]);
    expect(mentions?.map((m) => m.id)).toContain('name:eaton-fire');
  });
});
