import { describe, expect, it } from 'vitest';
import { withDemonymCounts } from './demonym-counts.ts';
import { findFigures } from './figures.ts';
import { defaultLexicon } from './lexicon.ts';

const lexicon = withDemonymCounts(defaultLexicon, [
  'Afghan',
  'Afghanen',
  'afghanischen',
  'Afghaanse',
  'Amerikaanse',
]);

describe('a number before the plural noun of a nationality counts people', () => {
  it.each<[string, string, string, number, string]>([
    [
      'de',
      'Bei dem Anschlag sind mindestens 60 Afghanen und 13 US-Soldaten getötet worden.',
      'death',
      60,
      'people killed',
    ],
    ['de', 'Dabei wurden 13 US-Soldaten und mehr als 170 Afghanen getötet.', 'death', 170, 'people killed'],
    ['de', 'Dabei wurden 13 US-Soldaten und mehr als 170 Afghanen getötet.', 'death', 13, 'troops killed'],
    ['nl', 'Bij de aanslag kwamen 13 Amerikaanse militairen om.', 'death', 13, 'troops killed'],
  ])('[%s] “%s” (%s) counts %i %s', (lang, text, kind, value, counts) => {
    expect(findFigures(text, lang, kind, lexicon).map((f) => f.figure)).toContainEqual(
      expect.objectContaining({ value, counts }),
    );
  });

  it('leaves adjectives out: “60 afghanischen Soldaten” counts troops', () => {
    const figures = findFigures('Dabei wurden 60 afghanischen Soldaten getötet.', 'de', 'death', lexicon);
    expect(figures.map((f) => f.figure.counts)).toEqual(['troops killed']);
  });
});

const nations = withDemonymCounts(
  defaultLexicon,
  ['German', 'Germans', 'Deutsche', 'deutsche', 'Duitse', 'Duitsers', 'Spanish', 'Spanier', 'Australian'],
  new Map([
    ['germans', 'DE'],
    ['deutsche', 'DE'],
    ['german', 'DE'],
    ['duitsers', 'DE'],
    ['duitse', 'DE'],
    ['spanish', 'ES'],
    ['spanier', 'ES'],
    ['australian', 'AU'],
  ]),
  (country) => ({ DE: 'Germany', ES: 'Spain', AU: 'Australia' })[country],
);

function counts(lang: string, text: string): string[] {
  return findFigures(text, lang, 'death', nations).map((f) => `${f.figure.value} ${f.figure.counts}`);
}

describe('a demonym that is also an adjective counts people only where no noun follows it', () => {
  it.each<[string, string, string[]]>([
    [
      'de',
      'Unter den Toten sind nach jüngsten Angaben 72 Deutsche und 51 Spanier.',
      ['72 people from Germany killed', '51 people from Spain killed'],
    ],
    [
      'de',
      'Unter den Opfern sind nach Angaben der Bundesregierung vermutlich 67 Deutsche.',
      ['67 people from Germany killed'],
    ],
    ['de', 'Dabei wurden drei deutsche Soldaten getötet.', ['3 troops killed']],
    [
      'en',
      'Among the victims one counts 72 Germans and 51 Spanish, according to the last figures of the authorities.',
      ['72 people from Germany killed', '51 people from Spain killed'],
    ],
    ['en', 'Among the dead were 72 German tourists.', ['72 people from Germany killed']],
    ['nl', 'Onder de doden zijn 72 Duitse toeristen.', ['72 people from Germany killed']],
    ['nl', 'Volgens de Duitse regering zaten er 72 Duitsers aan boord.', ['72 people killed']],
  ])('[%s] “%s” counts %j', (lang, text, expected) => {
    expect(counts(lang, text)).toEqual(expected);
  });

  it('reads no count in what they were: “189 of the passengers were Dutch … and 27 were Australian”', () => {
    expect(counts('en', 'Malaysia Airlines said 44 were Malaysian and 27 were Australian.')).toEqual([]);
  });
});
