/**
 * German capitalises every noun: a word the same report counts with a number ("mehr als 50
 * Menschen") is a common noun wherever it stands, and one hyphened compound after an article and an
 * adjective ("der polnische Lkw-Fahrer, der …") is the noun of its phrase, no name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

const texts = (sentences: string[]): string[][] =>
  mentionsOf(stage, 'de', sentences).map((list) => list.map((m) => m.text));

const COUNTED = 'Die Zahl der Toten liegt weiter bei zwölf, mehr als 50 Menschen wurden verletzt.';

describe('German common nouns that look like names', () => {
  it.each<[string, string[], string[]]>([
    [
      'a noun the report counts elsewhere opens no name: “legten Menschen Blumen nieder”',
      [
        COUNTED,
        'Vor den Stufen der Kirche legten Menschen Blumen nieder und zündeten Kerzen an, an mehreren Zugängen stehen nun Betonsperren.',
      ],
      [],
    ],
    [
      'a compound after an article and an adjective: “der polnische Lkw-Fahrer, der …”',
      [
        'Unter den Toten sind nach bisherigen Erkenntnissen sechs Deutsche sowie der polnische Lkw-Fahrer, der im Führerhaus erschossen aufgefunden worden war.',
      ],
      [],
    ],
    [
      'a model’s number counts nothing: “Boeing 737 Max” leaves Max Schröder a name',
      ['Die Boeing 737 Max blieb am Boden.', 'Der Abgeordnete Max Schröder forderte am Montag Aufklärung.'],
      ['Max Schröder'],
    ],
  ])('%s', (_, sentences, expected) => {
    expect(texts(sentences).at(-1)).toEqual(expected);
  });
});
