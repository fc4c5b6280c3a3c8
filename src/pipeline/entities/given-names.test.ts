import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

describe('a given name written like an English adjective opens a name in German and Dutch', () => {
  it.each([
    [
      "a German 'Finanzminister Christian Lindner' names Christian Lindner",
      'de',
      'Bundeskanzler Olaf Scholz hat am Mittwochabend Finanzminister Christian Lindner entlassen.',
      'Christian Lindner',
    ],
    [
      "a German 'Christian Lindner' without a title names him too",
      'de',
      'Scholz hat Christian Lindner entlassen.',
      'Christian Lindner',
    ],
    [
      "a Dutch 'Stefan Weil' names Stefan Weil",
      'nl',
      'Volgens premier Stefan Weil blijft de fabriek open.',
      'Stefan Weil',
    ],
  ])('%s', (_name, language, sentence, name) => {
    const [found] = mentionsOf(stage, language, [sentence]);
    expect(found?.map((m) => m.text)).toContain(name);
  });
});
