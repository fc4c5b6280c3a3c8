import { describe, expect, it } from 'vitest';
import type { Mention } from '../types.ts';
import type { PlacedFigure } from './figures.ts';
import { countedNationals } from './counted-nationals.ts';

const COUNTRIES = new Set(['united-states', 'afghanistan', 'netherlands', 'spain', 'germany']);
const isCountry = (m: Mention) => m.id !== undefined && COUNTRIES.has(m.id);
const NAMES: Record<string, string> = {
  spain: 'Spain',
  germany: 'Germany',
  'united-states': 'United States',
};
const nameOf = (m: Mention) => NAMES[m.id ?? ''] ?? m.text;

/** The mention of `name` in `text`, an actor of that id (a place where the id is marked "place:"). */
function actor(text: string, name: string, id: string): Mention {
  const start = text.indexOf(name);
  const place = id.startsWith('place:');
  const bare = place ? id.slice(6) : id;
  return {
    text: name,
    start,
    end: start + name.length,
    kind: place ? 'place' : 'actor',
    id: bare,
    resolution: 'exact',
  };
}

/** The count `written` in `text`, of people, of one nation's where `nation` says. */
function count(text: string, written: string, value: number, nation?: string): PlacedFigure {
  const start = text.indexOf(written);
  return {
    figure: { value, counts: 'people injured', text: written, qualifier: 'exact' },
    noun: 'people',
    vague: false,
    start,
    end: start + written.length,
    ...(nation === undefined ? {} : { nation }),
  };
}

describe('the countries whose people a toll counts', () => {
  it.each<[string, string, [string, number][], [string, string][], string[] | undefined]>([
    [
      'tagesschau’s “unter ihnen 18 US-Soldaten”',
      'Mehr als 140 Menschen wurden nach Angaben des afghanischen Gesundheitsministeriums verletzt, unter ihnen 18 US-Soldaten.',
      [
        ['Mehr als 140', 140],
        ['18', 18],
      ],
      [['US', 'united-states']],
      ['united-states'],
    ],
    [
      'NOS’ “onder wie 13 Amerikaanse militairen”',
      'Bij de zelfmoordaanslag bij het vliegveld van Kabul zijn zeker 170 mensen om het leven gekomen, onder wie 13 Amerikaanse militairen.',
      [
        ['zeker 170', 170],
        ['13', 13],
      ],
      [['Amerikaanse', 'united-states']],
      ['united-states'],
    ],
    [
      'an English “including 13 U.S. service members”',
      'At least 170 people were killed, including 13 U.S. service members.',
      [
        ['At least 170', 170],
        ['13', 13],
      ],
      [['U.S', 'united-states']],
      ['united-states'],
    ],
    [
      'a country that acts is no one counted: “U.S. officials said”',
      'At least seven people died in the chaos, U.S. officials said.',
      [['seven', 7]],
      [['U.S', 'united-states']],
      undefined,
    ],
  ])('%s', (_name, text, figures, actors, expected) => {
    const mentions = actors.map(([name, id]) => actor(text, name, id));
    const placed = figures.map(([written, value]) => count(text, written, value));
    expect(countedNationals(text, mentions, placed, isCountry, nameOf)).toEqual(expected);
  });

  it.each<[string, string, [string, number, string][], [string, string][], string[] | undefined]>([
    [
      'AP’s “Spain’s government says 50 Spaniards died”: Spain, a place, tells who died',
      "Spain's government says 50 Spaniards died.",
      [['50', 50, 'Spain']],
      [['Spain', 'place:spain']],
      ['spain'],
    ],
    [
      'AP’s “German officials say 75 Germans were among the dead”: the officials’ country is the one counted',
      'German officials say 75 Germans were among the dead.',
      [['75', 75, 'Germany']],
      [['German', 'germany']],
      ['germany'],
    ],
    [
      'another country than the one counted stays: “Spanish officials say 75 Germans were among the dead”',
      'Spanish officials say 75 Germans were among the dead.',
      [['75', 75, 'Germany']],
      [['Spanish', 'spain']],
      undefined,
    ],
  ])('%s', (_name, text, figures, mentioned, expected) => {
    const mentions = mentioned.map(([name, id]) => actor(text, name, id));
    const placed = figures.map(([written, value, nation]) => count(text, written, value, nation));
    expect(countedNationals(text, mentions, placed, isCountry, nameOf)).toEqual(expected);
  });
});
