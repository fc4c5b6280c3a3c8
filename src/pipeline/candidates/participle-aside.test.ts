/**
 * A place in an aside of a past participle between the subject and its verb ("registered in
 * Poland", "geregistreerd in Polen") says where the subject comes from; a place after "beside" or
 * "naast" is what the scene lay next to. Neither is where the happening was, when the sentence
 * names another place.
 */
import { describe, expect, it } from 'vitest';
import { besidePlace } from './beside-place.ts';
import { inParticipleAside } from './participle-aside.ts';
import type { Mention } from '../types.ts';

const at = (text: string, name: string): Mention => {
  const start = text.indexOf(name);
  return { text: name, start, end: start + name.length, kind: 'place', id: name, resolution: 'exact' };
};

describe('a place in a participle aside before the verb', () => {
  it.each<[string, string, string, boolean]>([
    [
      'the truck “registered in Poland” drove into the market',
      'The black Scania articulated truck, registered in Poland and loaded with about 25 tonnes of steel beams, drove into the market.',
      'Poland',
      true,
    ],
    [
      'the Dutch truck “geregistreerd in Polen” reed de markt op',
      'De vrachtwagen, geregistreerd in Polen en beladen met staal, reed de kerstmarkt op.',
      'Polen',
      true,
    ],
    [
      'a place the verb’s clause opens with is the happening’s: “In Berlin, a truck drove into …”',
      'In Berlin, a truck drove into the market.',
      'Berlin',
      false,
    ],
  ])('%s', (_, text, name, expected) => {
    const trigger = text.search(/drove|reed/);
    expect(inParticipleAside(text, at(text, name), trigger)).toBe(expected);
  });
});

describe('a place after “beside”', () => {
  it.each<[string, string, boolean]>([
    [
      'drove into the market beside the Kaiser Wilhelm Memorial Church on Breitscheidplatz',
      'Kaiser Wilhelm Memorial Church',
      true,
    ],
    [
      'drove into the market beside the Kaiser Wilhelm Memorial Church on Breitscheidplatz',
      'Breitscheidplatz',
      false,
    ],
    ['reed de kerstmarkt naast de Gedächtniskirche op', 'Gedächtniskirche', true],
  ])('in “%s”, %s lies beside: %s', (text, name, expected) => {
    expect(besidePlace(text, at(text, name))).toBe(expected);
  });
});
