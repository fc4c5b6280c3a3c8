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
      '"There were also explosions" tells of explosions, not where',
      'en',
      'Thousands of protesters gathered in Almaty on Wednesday.',
      [['Almaty', 'place', 'almaty']],
      'There were also explosions.',
      [],
      'explosion',
      [],
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
