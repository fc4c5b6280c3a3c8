/** Shootings at venues a kilometre apart are two attacks of one evening; one venue told twice is one. */
import { describe, expect, it } from 'vitest';
import { sentence } from '../candidates/test-helpers.ts';
import type { When } from '../types.ts';
import { mergeCandidates } from './stage.ts';
import { testCandidate } from './test-candidate.ts';

const POINTS: Record<string, [number, number]> = {
  'le-carillon': [48.8719, 2.3682],
  'le-petit-cambodge': [48.872, 2.3684],
  'la-belle-equipe': [48.8537, 2.382],
  bataclan: [48.8631, 2.3708],
  paris: [48.8566, 2.3522],
};
const KINDS: Record<string, string> = {
  'le-carillon': 'landmark',
  'le-petit-cambodge': 'landmark',
  'la-belle-equipe': 'landmark',
  bataclan: 'landmark',
  paris: 'city',
  'paris-11th-arrondissement': 'district',
};
const pointOf = (id: string) => POINTS[id];
const placeKindOf = (id: string) => KINDS[id];
const countryOf = (id: string) => (id in KINDS ? 'FR' : undefined);

/** A live-blog entry's clock, which dates the sentences under it. */
const at = (clock: string): When => {
  const value = `2015-11-13T${clock}`;
  return { start: value, end: value, precision: 'time', value, confidence: 0.7 };
};

let index = 0;
function shooting(text: string, places: string[], when: When, document: string, language = 'en') {
  index += 1;
  return testCandidate(sentence({ text, when, paragraph: `p${index}` }, index), when, {
    document,
    language,
    kind: 'shooting',
    title: 'Shootings',
    places,
  });
}

const terraces = shooting(
  'Gunmen have opened fire on the terraces of the Le Carillon bar and the Le Petit Cambodge restaurant in the 10th arrondissement, witnesses say.',
  ['le-carillon', 'le-petit-cambodge'],
  at('21:30'),
  'guardian',
);
const bataclanNl = shooting(
  'In de concertzaal Bataclan is net geschoten.',
  ['bataclan'],
  at('21:50'),
  'nos',
  'nl',
);
const bataclanDe = shooting(
  'Schüsse in der Konzerthalle Bataclan im 11. Arrondissement.',
  ['bataclan', 'paris-11th-arrondissement'],
  at('21:40'),
  'spiegel',
  'de',
);
const belleEquipeNl = shooting(
  'Ook bij café La Belle Équipe in de Rue de Charonne in het 11e arrondissement is geschoten.',
  ['la-belle-equipe', 'paris-11th-arrondissement'],
  at('21:40'),
  'nos',
  'nl',
);

const placesOf = (events: ReturnType<typeof mergeCandidates>) => events.map((e) => e.places.join(' ')).sort();
const merge = (...candidates: ReturnType<typeof shooting>[]) =>
  mergeCandidates(candidates, countryOf, undefined, pointOf, undefined, undefined, undefined, placeKindOf);

describe('shootings at venues apart', () => {
  it('the terraces of Le Carillon and the Bataclan, a kilometre and minutes apart, are two shootings', () => {
    expect(placesOf(merge(terraces, bataclanNl))).toEqual(['bataclan', 'le-carillon le-petit-cambodge']);
  });

  it('La Belle Équipe and the Bataclan, both in the 11th arrondissement, are two shootings', () => {
    expect(merge(belleEquipeNl, bataclanDe)).toHaveLength(2);
  });

  it('the Bataclan told by NOS and by Spiegel is one shooting, its district no other venue', () => {
    expect(placesOf(merge(bataclanNl, bataclanDe))).toEqual(['bataclan paris-11th-arrondissement']);
  });

  it('a sentence naming the terraces and the Bataclan tells them as one and joins both', () => {
    const both = shooting(
      'Gunmen opened fire on the terraces of Le Carillon and then in the Bataclan concert hall.',
      ['le-carillon', 'bataclan'],
      at('21:40'),
      'ap',
    );
    expect(merge(terraces, both, bataclanNl)).toHaveLength(1);
  });

  it('a shooting in Paris, a city and no venue, meets the one at the Bataclan', () => {
    const paris = shooting('Shots have been fired in Paris.', ['paris'], at('21:45'), 'guardian');
    expect(merge(paris, bataclanNl)).toHaveLength(1);
  });
});
