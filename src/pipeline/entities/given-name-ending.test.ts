/**
 * A translation that writes a Spanish given name's "-cio" as English "-ce" ("Florence" for
 * Florencio) still names the listed person before the family name; another given name ("Maria")
 * is someone else of the family.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { findMention, mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('a Spanish given name written with an English ending', () => {
  it.each([
    [
      'en',
      'The operation began this Wednesday at 00:11 hours, when the miner Florence Avalos arrived to the surface in the capsule and embraced his son and his wife.',
      'Florence Avalos',
    ],
    ['nl', 'Om 05.11 uur kwam de mijnwerker Florence Avalos als eerste boven.', 'Florence Avalos'],
    ['de', 'Als Erster wurde Florence Avalos in der Kapsel nach oben gezogen.', 'Florence Avalos'],
  ])('[%s] “%s” names Florencio Ávalos', (language, sentence, name) => {
    const [mentions] = mentionsOf(stage, language, [sentence]);
    expect(findMention(mentions, name)?.id).toBe('avalos');
  });

  it('another given name before the family name is someone else: “Maria Avalos”', () => {
    const [mentions] = mentionsOf(stage, 'en', ['Maria Avalos waited at the mine.']);
    expect(findMention(mentions, 'Maria Avalos')?.id).not.toBe('avalos');
  });
});
