/**
 * A quake report that puts it right at a place ("near the city of Gaziantep", "bij Elbistan",
 * "nahe Antakya") says where it was; one that names a place for something else does not.
 */
import { describe, expect, it } from 'vitest';
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
