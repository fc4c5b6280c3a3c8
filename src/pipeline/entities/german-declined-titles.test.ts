import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

const names = (sentence: string) => mentionsOf(stage, 'de', [sentence])[0]?.map((m) => m.text);

describe('a German title declined before a name is no part of the name', () => {
  it.each<[string, string, string[]]>([
    [
      "a genitive 'des Regionalpräsidenten Carlos Mazón' names Carlos Mazón",
      'Die Demonstranten forderten den Rücktritt des konservativen Regionalpräsidenten Carlos Mazón.',
      ['Carlos Mazón'],
    ],
    [
      "an accusative 'den Ministerpräsidenten Daniel Günther' names Daniel Günther",
      'Die Opposition kritisierte am Montag den Ministerpräsidenten Daniel Günther scharf.',
      ['Daniel Günther'],
    ],
    [
      "a genitive 'des Kanzlers Olaf Scholz' names Olaf Scholz",
      'Die Rede des Kanzlers Olaf Scholz wurde im Bundestag mit Applaus aufgenommen.',
      ['Olaf Scholz'],
    ],
    [
      "a dative 'dem Staatschef Xi Jinping' names Xi Jinping",
      'Das Treffen mit dem Staatschef Xi Jinping dauerte zwei Stunden.',
      ['Xi Jinping'],
    ],
    [
      "a colleague after a possessive and an adjective, 'seinem kasachischen Amtskollegen Muchtar Tileuberdi', names Muchtar Tileuberdi",
      'US-Außenminister Antony Blinken hat mit seinem kasachischen Amtskollegen Muchtar Tileuberdi telefoniert.',
      ['US', 'Antony Blinken', 'Muchtar Tileuberdi'],
    ],
    [
      "a colleague after a possessive opening the sentence, 'Sein Amtskollege Muchtar Tileuberdi', names Muchtar Tileuberdi",
      'Sein Amtskollege Muchtar Tileuberdi sprach von einem Angriff auf den Staat.',
      ['Muchtar Tileuberdi'],
    ],
    [
      "a role after an adjective, 'der neue Innenminister Jerlan Turgumbajew', names Jerlan Turgumbajew",
      'Der Präsident ernannte den neuen Innenminister Jerlan Turgumbajew.',
      ['Jerlan Turgumbajew'],
    ],
    [
      "a bare role after a preposition, 'mit Staatssekretär Muchtar Tileuberdi', names Muchtar Tileuberdi",
      'Blinken sprach am Telefon mit Staatssekretär Muchtar Tileuberdi.',
      ['Blinken', 'Muchtar Tileuberdi'],
    ],
    [
      'a given name after a preposition stays part of the name',
      'Das Gespräch mit Alexander Graf Lambsdorff dauerte eine Stunde.',
      ['Alexander Graf Lambsdorff'],
    ],
    [
      'a given name ending like a declension stays part of the name',
      'Der Abgeordnete Jens Spahn sprach am Dienstag im Bundestag.',
      ['Jens Spahn'],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });
});
