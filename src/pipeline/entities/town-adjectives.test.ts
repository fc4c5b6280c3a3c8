/**
 * A German noun after a town's adjective ("die Potsdamer Stadtverwaltung") is a common noun, no
 * name nobody listed; listed names and persons after such an adjective are still found.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

const found = (language: string, text: string): string[] =>
  (mentionsOf(stage, language, [text])[0] ?? []).map((m) => m.id ?? '');

describe('a common noun after a town’s adjective is no unknown name', () => {
  it.each([
    [
      'the Potsdam city administration is no actor "Stadtverwaltung"',
      'de',
      'Eine Woche nach dem Hackerangriff auf die Potsdamer Stadtverwaltung haben die Täter Daten veröffentlicht.',
    ],
    [
      'the Berlin fire brigade is no actor "Feuerwehr"',
      'de',
      'Die Berliner Feuerwehr rückte mit 40 Kräften aus.',
    ],
    [
      'the Cologne police is no actor "Kölner Polizei"',
      'de',
      'Nach Angaben der Kölner Polizei ermittelt die Kripo.',
    ],
    [
      'an adjective of a town in "-en" ("Münchner") is one too',
      'de',
      'Die Münchner Verkehrsgesellschaft stellte den Betrieb ein.',
    ],
    [
      'a Dutch town adjective before a lowercase noun names nothing',
      'nl',
      'De Potsdamse gemeente werd lamgelegd.',
    ],
  ])('%s', (_, language, text) => {
    expect(found(language, text)).toEqual([]);
  });
});

describe('names after a town’s adjective are still found', () => {
  it.each([
    [
      'a listed actor after the adjective is still found',
      'de',
      'Der Moskauer Kreml wies die Vorwürfe zurück.',
      ['kremlin'],
    ],
    [
      'a person named after the adjective and a title is still found',
      'de',
      'Die Münchner Sprecherin Anna Huber sagte, der Betrieb ruhe.',
      ['name:anna-huber'],
    ],
    [
      'a surname that ends like a town’s adjective keeps the person',
      'de',
      'Die Grünen um Joschka Fischer protestierten.',
      ['name:joschka-fischer'],
    ],
    [
      'an English name with a town’s adjective stays a name',
      'en',
      'Police said the Berliner Ensemble was closed.',
      ['name:berliner-ensemble'],
    ],
  ])('%s', (_, language, text, ids) => {
    expect(found(language, text)).toEqual(ids);
  });
});
