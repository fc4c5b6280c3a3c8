import { describe, expect, it } from 'vitest';
import { sentence, type SentenceSpec } from './candidates/test-helpers.ts';
import { documentCountries } from './document-countries.ts';

/** As the gazetteer places them: a country is its own. */
const COUNTRY: Record<string, string> = {
  venezuela: 'VE',
  caracas: 'VE',
  argentina: 'AR',
  butler: 'US',
  pennsylvania: 'US',
  solingen: 'DE',
};

describe('the countries a document names', () => {
  it.each<[string, SentenceSpec[], string[]]>([
    [
      'a report of the protests in Caracas names Venezuela, and the neighbours that questioned the result',
      [
        {
          text: 'Police fired tear gas at demonstrators in Caracas on Monday, and protesters toppled statues of the late President Hugo Chávez in several cities.',
          mentions: [['Caracas', 'place', 'caracas']],
        },
        {
          text: 'Venezuela on Monday expelled diplomats from seven Latin American countries, including Argentina, Chile and Peru, that had questioned the results.',
          mentions: [
            ['Venezuela', 'place', 'venezuela'],
            ['Argentina', 'place', 'argentina'],
          ],
        },
      ],
      ['VE', 'AR'],
    ],
    [
      'a Dutch report names the United States once for its town and its state',
      [
        {
          text: 'Oud-president Donald Trump is gisteravond bij een verkiezingsbijeenkomst in Butler, in de Amerikaanse staat Pennsylvania, in zijn oor geraakt door een kogel.',
          mentions: [
            ['Donald Trump', 'actor', 'trump'],
            ['Butler', 'place', 'butler'],
            ['Pennsylvania', 'place', 'pennsylvania'],
          ],
        },
      ],
      ['US'],
    ],
    [
      'a German report names Germany by its town; a name nobody listed says nothing',
      [
        {
          text: 'Bei einem Messerangriff auf einem Stadtfest in Solingen sind drei Menschen getötet worden.',
          mentions: [['Solingen', 'place', 'solingen']],
        },
        { text: 'Der Täter floh nach Unterbach.', mentions: [['Unterbach', 'place']] },
      ],
      ['DE'],
    ],
    [
      'a report naming no place names no country',
      [{ text: 'Bij de schietpartij kwamen twee mensen om het leven, onder wie de schutter.' }],
      [],
    ],
  ])('%s', (_, specs, countries) => {
    const sentences = specs.map((spec, i) => sentence(spec, i));
    expect(documentCountries(sentences, (id) => COUNTRY[id])).toEqual(countries);
  });
});
