import { describe, expect, it } from 'vitest';
import { mentionIn } from './test-helpers.ts';
import { compoundModifier } from './compound-modifier.ts';

const COUNTRIES = new Set(['US', 'VS', 'USA', 'Russia']);
const isCountry = (m: { text: string }) => COUNTRIES.has(m.text);

describe('a country opening a compound is whose, not where', () => {
  it.each<[string, string, boolean]>([
    ['Dabei wurden 13 US-Soldaten und mehr als 170 Afghanen getötet.', 'US', true],
    ['Bij de aanslag kwamen dertien VS-militairen om.', 'VS', true],
    ['He said a Russia-led military alliance will begin withdrawing its troops.', 'Russia', true],
    ['Bei einem Anschlag in den USA wurden drei Menschen getötet.', 'USA', false],
    ['Nach der Waffenruhe mussten sich die Karabach-Armenier verpflichten.', 'Karabach', false],
  ])('“%s”: %s opens a compound that names no place: %s', (text, name, expected) => {
    expect(compoundModifier(text, mentionIn(text, name, 'place'), isCountry)).toBe(expected);
  });
});
