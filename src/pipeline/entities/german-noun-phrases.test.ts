import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntityData } from './load.ts';
import { createEntityStage, type EntityStage } from './stage.ts';
import { mentionsOf } from './test-support.ts';

let stage: EntityStage;
beforeAll(() => {
  stage = createEntityStage(loadEntityData('data'));
});

const names = (language: string, sentence: string) =>
  mentionsOf(stage, language, [sentence])[0]?.map((m) => m.text);

describe('a German common noun phrase, capitalised as German writes every noun, is no name', () => {
  it.each<[string, string, string, string[]]>([
    [
      'a compound of an abstract noun, after a noun in apposition, is no name',
      'de',
      'Museumsdirektorin Laurence des Cars hatte vergangene Woche vor dem Senat Sicherheitsmängel eingeräumt.',
      ['Laurence des Cars'],
    ],
    [
      'such a compound opening the sentence is none either',
      'de',
      'Regierungskreise bestätigten am Montag den Bericht.',
      [],
    ],
    [
      'an adjective opening the sentence before a plural is none',
      'de',
      'Bewaffnete Männer stürmten am Freitag die Konzerthalle.',
      [],
    ],
    ['nor is a participle before one', 'de', 'Vermummte Demonstranten warfen Steine auf die Polizei.', []],
    [
      'the noun after a listed acronym is no name it announces',
      'de',
      'Zudem verhängte die ECOWAS Sanktionen gegen das Land.',
      ['ECOWAS'],
    ],
    [
      'nor is the tail of a compound hyphened to a listed name',
      'de',
      'Die EU-Kommission kündigte am Sonntag Hilfe an.',
      ['EU'],
    ],
    [
      'nor the tail of a compound of common nouns',
      'de',
      'Die Ermittler haben den Flugschreiber der Küstenwachen-Maschine geborgen.',
      [],
    ],
    [
      'a preposition opening a clause after a colon is no name',
      'de',
      'Die ECOWAS stellte ein Ultimatum: Innerhalb einer Woche müsse Präsident Mohamed Bazoum wieder eingesetzt werden.',
      ['ECOWAS', 'Mohamed Bazoum'],
    ],
    [
      'a vague count in the dative counts the noun after it',
      'de',
      'Nach wochenlangen Protesten mit Hunderten Toten ist die Regierungschefin zurückgetreten.',
      [],
    ],
    [
      'a compound after an indefinite article is a thing, no name',
      'de',
      'Die Maschine sei von einer Boden-Luft-Rakete getroffen worden, sagte Poroschenko in Kiew.',
      ['Poroschenko', 'Kiew'],
    ],
    [
      'nor is one whose front is no word of a name',
      'de',
      'Ein Flugabwehr-System vom Typ Buk kann Flugzeuge in großer Höhe treffen.',
      [],
    ],
    [
      'an unlisted index before a noun is no firm',
      'de',
      'Als erster Dax-Konzern ist der Zahlungsdienstleister Wirecard pleite.',
      ['Wirecard'],
    ],
    [
      'a listed firm before a noun is that firm',
      'de',
      'Der Wirecard-Konzern meldete am Montag Verluste.',
      ['Wirecard'],
    ],
    [
      'a given name and a surname opening the sentence are a person',
      'de',
      'Sabine Weber sagte am Montag, die Lage sei ernst.',
      ['Sabine Weber'],
    ],
    [
      'so are they after a role',
      'de',
      'Die Sicherheitsbehörden hatten Hinweise, sagte Innenministerin Nancy Faeser.',
      ['Nancy Faeser'],
    ],
    [
      'a Dutch adjective opening the sentence is left alone',
      'nl',
      'Gewapende mannen bestormden vrijdag de zaal in Krasnogorsk.',
      ['Krasnogorsk'],
    ],
  ])('%s', (_, language, sentence, expected) => {
    expect(names(language, sentence)).toEqual(expected);
  });
});
