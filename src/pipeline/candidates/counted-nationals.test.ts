import { describe, expect, it } from 'vitest';
import type { Mention } from '../types.ts';
import type { PlacedFigure } from './figures.ts';
import { countedNationals } from './counted-nationals.ts';

const COUNTRIES = new Set(['united-states', 'afghanistan', 'netherlands']);
const isCountry = (m: Mention) => m.id !== undefined && COUNTRIES.has(m.id);

/** The mention of `name` in `text`, an actor of that id. */
function actor(text: string, name: string, id: string): Mention {
  const start = text.indexOf(name);
  return { text: name, start, end: start + name.length, kind: 'actor', id, resolution: 'exact' };
}

/** The count `written` in `text`, of people. */
function count(text: string, written: string, value: number): PlacedFigure {
  const start = text.indexOf(written);
  return {
    figure: { value, counts: 'people injured', text: written, qualifier: 'exact' },
    noun: 'people',
    vague: false,
    start,
    end: start + written.length,
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
    expect(countedNationals(text, mentions, placed, isCountry)).toEqual(expected);
  });
});
