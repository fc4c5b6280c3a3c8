import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

const names = (sentence: string) => mentionsOf(stage, 'de', [sentence])[0]?.map((m) => m.text);

describe('German nouns that a noun before them sets are no names', () => {
  it.each<[string, string[]]>([
    ['Im ganzen Land wehten die Flaggen auf halbmast, Tausende Menschen legten am Tatort Blumen nieder.', []],
    [
      'Der Wetterdienst Aemet rief für die Provinz Barcelona die höchste Warnstufe Rot aus.',
      ['Aemet', 'Barcelona'],
    ],
    ['Anschließend rückte eine Kolonne über die Autobahn M4 Richtung Norden vor.', []],
    ['Am Flughafen El Prat wurden Dutzende Flüge gestrichen oder umgeleitet.', ['El Prat']],
    ['Die Kolonne fuhr weiter Richtung Moskau.', ['Moskau']],
    ['Der Papst war im Gästehaus Santa Marta gestorben.', ['Santa Marta']],
  ])('“%s” names %j', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });
});

describe('an acronym’s compound is a common noun, a firm’s compound names the firm', () => {
  it.each<[string, string[]]>([
    [
      'Nach der weltweiten IT-Störung vom Freitag normalisiert sich der Flugverkehr an den deutschen Flughäfen langsam wieder.',
      [],
    ],
    [
      'Das Bundesamt für Sicherheit in der Informationstechnik (BSI) sprach von einem schwerwiegenden IT-Vorfall.',
      ['BSI'],
    ],
    [
      'Indien hat am Montag alle Fluggesellschaften des Landes angewiesen, die Treibstoffschalter ihrer Boeing-Maschinen zu überprüfen.',
      ['Indien', 'Boeing'],
    ],
    ['BSI-Präsident Arne Schönbohm sprach am Freitag von einem schweren Vorfall.', ['Arne Schönbohm']],
  ])('“%s” names %j', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });
});
