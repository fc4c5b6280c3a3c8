/**
 * A count of one nation's people set among a toll ("Unter den Toten sind … 51 Spanier") is that
 * nation's share of it, measured as its people's, and so is one its country tells ("Spain's
 * government says 50 Spaniards died"); a count of a nation's people told as the toll itself
 * ("mindestens 60 Afghanen … getötet") still counts people.
 */
import { describe, expect, it } from 'vitest';
import { withDemonymCounts } from './demonym-counts.ts';
import { findFigures } from './figures.ts';
import { defaultLexicon } from './lexicon.ts';

const NATIONS: Record<string, string> = {
  spanier: 'Spain',
  germans: 'Germany',
  nederlanders: 'Netherlands',
  spanjaarden: 'Spain',
  afghanen: 'Afghanistan',
  spaniards: 'Spain',
  afghans: 'Afghanistan',
};
const lexicon = withDemonymCounts(
  defaultLexicon,
  ['Spanier', 'Germans', 'Nederlanders', 'Spanjaarden', 'Afghanen', 'Spaniards', 'Afghans'],
  new Map(Object.entries(NATIONS)),
);

describe('the people of one nation counted among a toll', () => {
  it.each<[string, string, number, string]>([
    [
      'de',
      'Unter den Toten sind nach jüngsten Angaben 72 Deutsche und 51 Spanier.',
      51,
      'people from Spain killed',
    ],
    ['en', 'German officials say 75 Germans were among the dead.', 75, 'people from Germany killed'],
    [
      'nl',
      'Alle 298 inzittenden kwamen om, onder wie 193 Nederlanders.',
      193,
      'people from Netherlands killed',
    ],
    ['nl', 'Onder de slachtoffers zijn 49 Spanjaarden.', 49, 'people from Spain killed'],
    [
      'de',
      'Bei dem Anschlag sind mindestens 60 Afghanen und 13 US-Soldaten getötet worden.',
      60,
      'people killed',
    ],
    ['en', "Spain's government says 50 Spaniards died.", 50, 'people from Spain killed'],
    ['en', 'The Taliban said 60 Afghans died in the blast.', 60, 'people killed'],
    ['nl', 'Bij de aanslag zijn zeker 60 Afghanen gedood.', 60, 'people killed'],
  ])('[%s] “%s” counts %i %s', (lang, text, value, counts) => {
    expect(findFigures(text, lang, 'death', lexicon).map((f) => f.figure)).toContainEqual(
      expect.objectContaining({ value, counts }),
    );
  });
});
