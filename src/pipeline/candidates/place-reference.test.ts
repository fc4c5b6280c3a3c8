/**
 * "daar", "dort" and a locative "there" stand for the place the sentence before named: the deaths
 * "kwamen daar … om het leven" happened at Andahuaylas.
 */
import { describe, expect, it } from 'vitest';
import type { Mention } from '../types.ts';
import { extractCandidates } from './stage.ts';
import { article } from './test-helpers.ts';

type Named = [string, Mention['kind'], string];

describe('a place named again by "daar", "dort" or "there"', () => {
  it.each<[string, string, string, Named[], string, Named[], string, string[]]>([
    [
      'Dutch deaths "kwamen daar om het leven" are at the airport stormed the sentence before',
      'nl',
      'Afgelopen zondag bestormden honderden demonstranten het vliegveld van Andahuaylas.',
      [['Andahuaylas', 'place', 'andahuaylas']],
      'Bij confrontaties met de politie kwamen daar twee tieners om het leven.',
      [],
      'death',
      ['andahuaylas'],
    ],
    [
      'German deaths "Dort starben" are in the town the sentence before named',
      'de',
      'Besonders schwer traf die Flut am Mittwoch die Stadt Sinzig.',
      [['Sinzig', 'place', 'sinzig']],
      'Dort starben zwölf Bewohner eines Wohnheims.',
      [],
      'death',
      ['sinzig'],
    ],
    [
      'English deaths "opened fire there, killing several people" are in the city named before',
      'en',
      'Thousands of protesters gathered in Almaty on Wednesday.',
      [['Almaty', 'place', 'almaty']],
      'Police opened fire there, killing several people.',
      [],
      'death',
      ['almaty'],
    ],
    [
      '"There were explosions" opens a sentence of existence: its "there" is no place',
      'en',
      'Thousands of protesters gathered in Almaty on Wednesday.',
      [['Almaty', 'place', 'almaty']],
      'Later there were explosions.',
      [],
      'explosion',
      [],
    ],
    [
      '"There were also explosions" after shootings in Almaty adds explosions there',
      'en',
      'A local news site reports that shootings took place in at least two places in Almaty.',
      [['Almaty', 'place', 'almaty']],
      'There were also explosions and eyewitnesses spoke of a burning car.',
      [],
      'explosion',
      ['almaty'],
    ],
    [
      'Dutch "Er waren ook explosies" after shootings in Almaty adds explosions there',
      'nl',
      'Volgens de nieuwssite Vlast.kz werd in Almaty op minstens twee plaatsen geschoten.',
      [['Almaty', 'place', 'almaty']],
      'Er waren ook explosies.',
      [],
      'explosion',
      ['almaty'],
    ],
    [
      'German "Es gab auch Explosionen" after shootings in Almaty adds explosions there',
      'de',
      'Nach Angaben des Portals Vlast.kz gab es in Almaty an mindestens zwei Orten Schüsse.',
      [['Almaty', 'place', 'almaty']],
      'Es gab auch Explosionen.',
      [],
      'explosion',
      ['almaty'],
    ],
    [
      '"There were also explosions" that name a place of their own are there',
      'en',
      'A local news site reports that shootings took place in at least two places in Almaty.',
      [['Almaty', 'place', 'almaty']],
      'There were also explosions in Aktobe.',
      [['Aktobe', 'place', 'aktobe']],
      'explosion',
      ['aktobe'],
    ],
    [
      'Dutch "daar … toe had besloten" stands for a decision, not the city named before',
      'nl',
      'Duizenden mensen demonstreerden maandag in Moskou.',
      [['Moskou', 'place', 'moscow']],
      'Het Kremlin liet maandag weten dat president Poetin daar persoonlijk toe had besloten.',
      [
        ['Kremlin', 'actor', 'kremlin'],
        ['Poetin', 'actor', 'putin'],
      ],
      'statement',
      [],
    ],
    [
      'Dutch "Daarbij kwamen vijftig mensen om het leven" are the dead of the attacks in Christchurch named before',
      'nl',
      'Wijewardene zei dat de aanslagen een vergelding waren voor de aanslagen op twee moskeeën in Christchurch, op 15 maart.',
      [['Christchurch', 'place', 'christchurch']],
      'Daarbij kwamen vijftig mensen om het leven.',
      [],
      'death',
      ['christchurch'],
    ],
    [
      'German "Dabei starben drei Menschen" are the dead of the blast in Pugoda named before',
      'de',
      'Am Donnerstagmorgen explodierte in Pugoda ein Sprengsatz hinter einem Gerichtsgebäude.',
      [['Pugoda', 'place', 'pugoda']],
      'Dabei starben drei Menschen.',
      [],
      'death',
      ['pugoda'],
    ],
    [
      'Dutch "Daarbij komt dat" adds a point, no place',
      'nl',
      'Duizenden mensen demonstreerden maandag in Moskou.',
      [['Moskou', 'place', 'moscow']],
      'Daarbij komt dat de politie dinsdag tien mensen arresteerde.',
      [],
      'arrest',
      [],
    ],
  ])('%s', (_name, lang, first, mentions, second, named, kind, places) => {
    const a = article('d', lang, [
      { text: first, mentions, paragraph: 'p1' },
      { text: second, mentions: named, paragraph: 'p1' },
    ]);
    const found = extractCandidates(a).find((c) => c.kind === kind && c.sentence.text === second);
    expect(found, kind).toBeDefined();
    expect(found?.places).toEqual(places);
  });
});

describe('residents with no place of their own live where the paragraph last named', () => {
  it.each<[string, string, Named, string[], string, string]>([
    [
      'Dutch "inwoners" evacuated in the night are of Valkenburg, named two sentences before',
      'nl',
      ['Valkenburg', 'place', 'valkenburg'],
      [
        'Het centrum van Valkenburg is vandaag overstroomd.',
        'Het water stond in de straten van de binnenstad op sommige plekken anderhalve meter hoog.',
      ],
      'Honderden inwoners en toeristen werden in de nacht geëvacueerd.',
      'evacuation',
    ],
    [
      'English "residents" who set fire to a house are in Derna',
      'en',
      ['Derna', 'place', 'derna'],
      ['On Monday, hundreds of people demonstrated in front of a mosque in Derna.'],
      'In the evening, angry residents set fire to the house of the mayor.',
      'arson',
    ],
  ])('%s', (_name, lang, place, before, text, kind) => {
    const a = article('d', lang, [
      ...before.map((t, i) => ({ text: t, mentions: i === 0 ? [place] : [], paragraph: 'p1' })),
      { text, mentions: [], paragraph: 'p1' },
    ]);
    const found = extractCandidates(a).find((c) => c.kind === kind && c.sentence.text === text);
    expect(found?.places).toEqual([place[2]]);
  });
});
