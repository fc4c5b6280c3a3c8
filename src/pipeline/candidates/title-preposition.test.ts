import { describe, expect, it } from 'vitest';
import { placePreposition } from './title-preposition.ts';

describe('placePreposition', () => {
  it.each<[string, string, string, string | undefined, 'in' | 'near', string]>([
    [
      'a leak found in a sea is in the sea',
      'en',
      'The Swedish coast guard has discovered a fourth leak in the Nord Stream pipelines in the Baltic Sea.',
      'waterway',
      'near',
      ' in the ',
    ],
    [
      'a ship aground in a canal is in the canal',
      'en',
      'The Ever Given ran aground in the Suez Canal on Tuesday.',
      'waterway',
      'in',
      ' in the ',
    ],
    [
      'explosions near an island are near it',
      'en',
      'Seismologists recorded two powerful explosions near the Danish island of Bornholm on Monday.',
      'island',
      'in',
      ' near ',
    ],
    [
      'explosions "bij het Deense eiland" are near it',
      'nl',
      'Zweedse seismologen registreerden maandag twee explosies in de Oostzee, bij het Deense eiland Bornholm.',
      'island',
      'in',
      ' near ',
    ],
    [
      'a leak "vor der dänischen Insel" is near it',
      'de',
      'Ein Leck wurde vor der dänischen Insel Bornholm entdeckt.',
      'island',
      'near',
      ' near ',
    ],
    [
      'explosions set off on an island are on it',
      'en',
      'Saboteurs set off two explosions on Bornholm.',
      'island',
      'in',
      ' on ',
    ],
    [
      'wildfires on an island are on it',
      'en',
      'Thousands of tourists fled wildfires on Rhodes on Saturday.',
      'island',
      'in',
      ' on ',
    ],
    [
      'a crash north of a city is north of it',
      'en',
      'A private jet crashed north of Moscow on Wednesday.',
      'city',
      'in',
      ' north of ',
    ],
    [
      'a protest in a city is in it',
      'en',
      'Thousands of people rallied in Tbilisi on Monday.',
      'city',
      'in',
      ' in ',
    ],
    [
      'a rally on an avenue is on it',
      'en',
      'Thousands of people rallied on Rustaveli Avenue on Monday.',
      undefined,
      'in',
      ' on ',
    ],
    ['lava near a town stays near it', 'en', 'Lava flowed towards Grindavik.', 'city', 'near', ' near '],
    [
      'a bridge that collapsed is where it happened at',
      'de',
      'Am vergangenen Dienstag war ein rund 200 Meter langes Teilstück der Morandi-Brücke eingestürzt.',
      'landmark',
      'in',
      ' at the ',
    ],
  ])('%s', (_, lang, text, kind, written, words) => {
    const name = [
      'Baltic Sea',
      'Suez Canal',
      'Bornholm',
      'Rhodes',
      'Moscow',
      'Tbilisi',
      'Rustaveli Avenue',
      'Grindavik',
      'Morandi-Brücke',
    ].find((n) => text.includes(n)) as string;
    // The title writes a place by its English name.
    const shown = name === 'Morandi-Brücke' ? 'Morandi bridge' : name;
    expect(placePreposition({ name: shown, kind, text, lang, start: text.indexOf(name) }, written)).toBe(
      words,
    );
  });
});
