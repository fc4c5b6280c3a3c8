/**
 * A quake report that puts it right at a place ("near the city of Gaziantep", "bij Elbistan",
 * "nahe Antakya") says where it was; one that names a place for something else does not. A town
 * right before "bij" is where it was ("in Mons-en-Barœul bij Lille").
 */
import { describe, expect, it } from 'vitest';
import type { Mention } from '../types.ts';
import { centredAt } from './centre.ts';
import { candidatesOfSentence, type MentionSpec } from './test-helpers.ts';

const place = (name: string, id: string): MentionSpec => [name, 'place', id];

describe('a place a quake report puts the quake at', () => {
  it.each<[string, string, string, MentionSpec[], string, boolean]>([
    [
      'the quake that hit near the city of Gaziantep is at Gaziantep',
      'en',
      'The quake hit at 4:17 a.m. at a depth of about 18 km near the city of Gaziantep, the U.S. Geological Survey said.',
      [place('Gaziantep', 'gaziantep')],
      'Earthquake in Gaziantep',
      true,
    ],
    [
      "a Dutch quake 'bij Elbistan' is at Elbistan",
      'nl',
      'Negen uur later volgde een tweede zware beving met een kracht van 7,5 bij Elbistan.',
      [place('Elbistan', 'elbistan')],
      'Earthquake in Elbistan',
      true,
    ],
    [
      "a Dutch quake 'in de buurt van de stad Antakya' is at Antakya",
      'nl',
      'De beving met een kracht van 6,4 vond plaats in de provincie Hatay, in de buurt van de stad Antakya.',
      [place('Hatay', 'hatay'), place('Antakya', 'antakya')],
      'Earthquake in Antakya',
      true,
    ],
    [
      "a German quake 'nahe Antakya' is at Antakya",
      'de',
      'Das Beben der Stärke 6,4 ereignete sich in der Provinz Hatay nahe Antakya.',
      [place('Hatay', 'hatay'), place('Antakya', 'antakya')],
      'Earthquake in Antakya',
      true,
    ],
    [
      'a quake that struck a country is in it, not at a point of it',
      'en',
      'A 7.8 magnitude earthquake struck southern Turkey and northern Syria before dawn.',
      [place('Turkey', 'turkey'), place('Syria', 'syria')],
      'Earthquake in Turkey',
      false,
    ],
  ])('%s', (_, lang, text, mentions, title, centred) => {
    const quake = candidatesOfSentence(lang, { text, mentions }).find((c) => c.kind === 'disaster');
    expect(quake?.title).toBe(title);
    expect(quake?.centred === true).toBe(centred);
  });
});

const WORDS = ['near', 'bij', 'nahe'];

/** [name as written, gazetteer kind] */
type Place = [string, string];

function placeMentions(text: string, places: readonly Place[]): Mention[] {
  return places.map(([name]) => {
    const start = text.indexOf(name);
    return { text: name, start, end: start + name.length, kind: 'place', id: name, resolution: 'exact' };
  });
}

describe('a town before "near", "bij", "nahe"', () => {
  it.each<[string, string, Place[], string, boolean]>([
    [
      'the place after "near" is where a quake struck',
      'A magnitude 7.7 aftershock struck near Mandalay on Sunday afternoon, sending people screaming into the streets.',
      [['Mandalay', 'city']],
      'Mandalay',
      true,
    ],
    [
      'the city after "near the city of" is where it struck',
      'The quake struck at a depth of about 18 km near the city of Gaziantep, the U.S. Geological Survey said.',
      [['Gaziantep', 'city']],
      'Gaziantep',
      true,
    ],
    [
      'a province before "nahe" leaves the town after it the place',
      'Das Beben der Stärke 6,4 ereignete sich am Montagabend um 20.04 Uhr Ortszeit in der Provinz Hatay nahe Antakya.',
      [
        ['Hatay', 'region'],
        ['Antakya', 'city'],
      ],
      'Antakya',
      true,
    ],
    [
      'a town before "bij" is where it happened, the city after only says where the town lies',
      'In de nacht van woensdag op donderdag was in Mons-en-Barœul bij Lille al het gemeentehuis in brand gestoken.',
      [
        ['Mons-en-Barœul', 'city'],
        ['Lille', 'city'],
      ],
      'Lille',
      false,
    ],
    [
      'a town just across a border from the town after "bij" is where it happened',
      'Vanochtend doorzocht de politie een asielzoekerscentrum in Emmerich, vlak over de Nederlandse grens bij Lobith, waar Amri een tijd had gewoond.',
      [
        ['Emmerich', 'city'],
        ['Lobith', 'city'],
      ],
      'Lobith',
      false,
    ],
    [
      'a town before "near" with a comma between is where it happened',
      'Rioters set fire to the town hall of Mons-en-Baroeul, near Lille, in northern France.',
      [
        ['Mons-en-Baroeul', 'city'],
        ['Lille', 'city'],
      ],
      'Lille',
      false,
    ],
    [
      'a place not put near anything is not centred',
      'Rioters set fire to the town hall of Mons-en-Baroeul in northern France.',
      [['Mons-en-Baroeul', 'city']],
      'Mons-en-Baroeul',
      false,
    ],
  ])('%s', (_name, text, places, name, centred) => {
    const mentions = placeMentions(text, places);
    const kinds = new Map(places);
    const place = mentions.find((m) => m.text === name);
    if (!place) throw new Error(`fixture: ${name} is not among the places`);
    const isTown = (m: Mention) => kinds.get(m.text) === 'city';
    expect(centredAt(text, place, WORDS, mentions, isTown)).toBe(centred);
  });
});
