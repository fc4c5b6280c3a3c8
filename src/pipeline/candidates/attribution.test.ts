/**
 * A place named with the source of a report ("volgens de Veiligheidsregio Groningen") is not where
 * the happening was when the sentence names another place.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './stage.ts';
import { article, candidatesOf, day, kindsAndTitles, type MentionSpec } from './test-helpers.ts';

describe('the source’s place gives way to the happening’s place', () => {
  it.each<[string, string, string, MentionSpec[], string]>([
    [
      'a Dutch safety region that reports an evacuation in Delfzijl is no place of it',
      'nl',
      'Volgens de Veiligheidsregio Groningen zijn in Delfzijl zeker 350 bewoners geëvacueerd.',
      [
        ['Groningen', 'place', 'groningen'],
        ['Delfzijl', 'place', 'delfzijl'],
      ],
      'At least 350 people evacuated from Delfzijl',
    ],
    [
      'an English "according to" source before the happening is no place of it',
      'en',
      'According to the Groningen safety region, at least 350 residents of Delfzijl were evacuated.',
      [
        ['Groningen', 'place', 'groningen'],
        ['Delfzijl', 'place', 'delfzijl'],
      ],
      'At least 350 people evacuated from Delfzijl',
    ],
    [
      'a German "laut der Feuerwehr in Köln" is no place of the evacuation from Porz',
      'de',
      'Laut der Feuerwehr in Köln wurden rund 300 Menschen aus Porz evakuiert.',
      [
        ['Köln', 'place', 'cologne'],
        ['Porz', 'place', 'porz'],
      ],
      'About 300 people evacuated from Porz',
    ],
    [
      'a German speaker after "sagte" is no place of the evacuation',
      'de',
      'Rund 300 Menschen wurden aus Porz evakuiert, sagte der Bürgermeister von Köln.',
      [
        ['Porz', 'place', 'porz'],
        ['Köln', 'place', 'cologne'],
      ],
      'Evacuation from Porz',
    ],
    [
      'a place after the verb that ends the source is the happening’s',
      'nl',
      'Volgens politie zijn in Delfzijl 350 bewoners geëvacueerd.',
      [['Delfzijl', 'place', 'delfzijl']],
      '350 people evacuated from Delfzijl',
    ],
    [
      'the source’s place stays the place when the sentence names no other',
      'en',
      'According to the Groningen safety region, at least 350 residents were evacuated.',
      [['Groningen', 'place', 'groningen']],
      'At least 350 people evacuated from Groningen',
    ],
  ])('%s', (_, lang, text, mentions, title) => {
    expect(kindsAndTitles(lang, text, '2024-01-03', mentions).map((c) => c.title)).toEqual([title]);
  });
});

describe('a place no gazetteer lists outside the attribution is the happening’s', () => {
  it.each<[string, string, string, string]>([
    [
      'nl',
      'Volgens de Veiligheidsregio Groningen zijn zeker 350 bewoners van de wijk Tuikwerd geëvacueerd.',
      'Tuikwerd',
      'At least 350 people evacuated from Tuikwerd',
    ],
    [
      'en',
      'According to the Groningen safety region, at least 350 residents of the Tuikwerd neighbourhood were evacuated.',
      'Tuikwerd',
      'At least 350 people evacuated from Tuikwerd',
    ],
    [
      'de',
      'Nach Angaben der Polizei Köln wurden rund 300 Bewohner im Stadtteil Porz evakuiert.',
      'Porz',
      'About 300 people evacuated from Porz',
    ],
  ])('[%s] “%s” names the unlisted %s in its title', (lang, text, name, title) => {
    const source = lang === 'nl' || lang === 'en' ? 'Groningen' : 'Köln';
    const doc = article('doc', lang, [
      {
        text,
        times: [day('2024-01-03', text.split(' ')[0])],
        mentions: [
          [source, 'place', 'source-town'],
          [name, 'unknown', 'name:unlisted'],
        ],
      },
    ]);
    const kindOf = (id: string): string | undefined => (id === 'name:unlisted' ? 'place' : undefined);
    const nameOf = (id: string): string | undefined => (id === 'name:unlisted' ? name : undefined);
    expect(extractCandidates(doc, { kindOf, nameOf }).map((c) => c.title)).toEqual([title]);
  });
});

describe('the source’s place is not listed among the happening’s places', () => {
  it.each<[string, string, string, MentionSpec[], string[]]>([
    [
      'a German evacuation from Porz reported by the Cologne fire brigade lists Porz alone',
      'de',
      'Laut der Feuerwehr in Köln wurden rund 300 Menschen aus Porz evakuiert.',
      [
        ['Köln', 'place', 'cologne'],
        ['Porz', 'place', 'porz'],
      ],
      ['porz'],
    ],
    [
      'an English evacuation told by the mayor of Cologne lists only Porz',
      'en',
      'About 300 people were evacuated from Porz, said the mayor of Cologne.',
      [
        ['Porz', 'place', 'porz'],
        ['Cologne', 'place', 'cologne'],
      ],
      ['porz'],
    ],
    [
      'a Dutch safety region’s town is dropped when the evacuation names Delfzijl',
      'nl',
      'Volgens de Veiligheidsregio Groningen zijn in Delfzijl zeker 350 bewoners geëvacueerd.',
      [
        ['Groningen', 'place', 'groningen'],
        ['Delfzijl', 'place', 'delfzijl'],
      ],
      ['delfzijl'],
    ],
    [
      'the source’s town stays listed when the sentence names no other place',
      'en',
      'According to the Groningen safety region, at least 350 residents were evacuated.',
      [['Groningen', 'place', 'groningen']],
      ['groningen'],
    ],
    [
      'the source’s town is dropped when the happening is put in a place no gazetteer lists',
      'nl',
      'Volgens de Veiligheidsregio Groningen zijn zeker 350 bewoners in de Eemshaven geëvacueerd.',
      [['Groningen', 'place', 'groningen']],
      [],
    ],
  ])('%s', (_, lang, text, mentions, places) => {
    expect(candidatesOf(lang, text, '2024-01-03', mentions).map((c) => c.places)).toEqual([places]);
  });
});

describe('a country named only as the owner of a place gives way to an unlisted place', () => {
  it.each<[string, string, string, string]>([
    [
      'en',
      "Friday a second fissure opened just north of Grindavík, on Iceland's Reykjanes peninsula.",
      'Grindavík',
      'Volcanic eruption north of Grindavík',
    ],
    [
      'en',
      "Tuesday the agency declared a state of emergency for Iceland's Reykjanes peninsula.",
      'Reykjanes',
      'Agency declares a state of emergency in Reykjanes',
    ],
  ])('[%s] “%s” names the unlisted %s in its title', (lang, text, name, title) => {
    const start = text.indexOf(name);
    const doc = article(
      'doc',
      lang,
      [
        {
          text,
          times: [day('2025-11-21', text.split(' ')[0])],
          mentions: [
            ['Iceland', 'place', 'iceland'],
            [name, 'unknown', 'name:unlisted'],
          ],
        },
      ],
      '2025-11-21',
    );
    expect(start).toBeGreaterThan(0);
    const kindOf = (id: string): string | undefined => (id === 'name:unlisted' ? 'place' : undefined);
    const nameOf = (id: string): string | undefined => (id === 'name:unlisted' ? name : undefined);
    expect(extractCandidates(doc, { kindOf, nameOf }).map((c) => c.title)).toEqual([title]);
  });
});

describe('whose prosecutor a town names is no place of what the prosecutor tells', () => {
  it.each<[string, string, MentionSpec, boolean]>([
    [
      'a plane that crashed in the French Alps crashed nowhere near Marseille',
      'The second "black box" from the Germanwings plane that crashed in the French Alps has been found, the Marseille prosecutor says.',
      ['Marseille', 'place', 'marseille'],
      false,
    ],
    [
      'an officer taken into custody, where the sentence names no other place, stays in Nanterre',
      "The officer was taken into custody on suspicion of voluntary manslaughter, the Nanterre prosecutor's office said.",
      ['Nanterre', 'place', 'nanterre'],
      true,
    ],
  ])('%s', (_, text, town, placed) => {
    const found = candidatesOf('en', text, '2015-04-02', [town]);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((c) => c.places.includes(town[2] ?? ''))).toBe(placed);
  });
});

describe('a country that counts its nationals among the dead is no place of their deaths', () => {
  it.each<[string, string, string, MentionSpec, boolean]>([
    [
      'Turkey’s ministry counting Turkish citizens among the dead of Hanau',
      'en',
      "Turkey's foreign ministry said five Turkish citizens were among the dead.",
      ['Turkey', 'place', 'turkey'],
      false,
    ],
    [
      'a Dutch source counting Turkish nationals among the dead',
      'nl',
      'Volgens Turkije zijn vijf Turkse staatsburgers onder de doden.',
      ['Turkije', 'place', 'turkey'],
      false,
    ],
    [
      'Turkey’s ministry counting the dead of a quake in Turkey keeps its place',
      'en',
      "Turkey's interior ministry said 50 people were killed in the earthquake.",
      ['Turkey', 'place', 'turkey'],
      true,
    ],
  ])('%s', (_, lang, text, country, placed) => {
    const found = candidatesOf(lang, text, '2020-02-21', [country]);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((c) => c.places.includes(country[2] ?? ''))).toBe(placed);
  });
});
