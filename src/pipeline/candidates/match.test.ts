import { describe, expect, it } from 'vitest';
import { findMatches, PatternIndex } from './match.ts';
import { tokenize, type Token } from './tokenize.ts';

function matches(pattern: string, text: string): string[] {
  const index = new PatternIndex<string>();
  index.add(pattern, pattern);
  const tokens = tokenize(text);
  return findMatches(tokens, (i) => index.startingAt((tokens[i] as Token).word)).map((m) =>
    text.slice(m.match.start, m.match.end),
  );
}

describe('a gap of the pattern language', () => {
  it.each([
    ['cut* ...3 jobs', 'Siemens will cut up to 5,000 jobs.', ['cut up to 5,000 jobs']],
    ['cut* ...3 jobs', 'The bank cut interest rates to protect its jobs.', []],
    [
      'cut* ... jobs',
      'The bank cut interest rates to protect its jobs.',
      ['cut interest rates to protect its jobs'],
    ],
  ])('“%s” in “%s” matches %j', (pattern, text, found) => {
    expect(matches(pattern, text)).toEqual(found);
  });
});

describe('a separable verb in the pattern language', () => {
  it.each([
    ['hield* ... aan$', 'De politie hield gisteren drie betogers aan.', ['hield gisteren drie betogers aan']],
    ['hield* ... aan$', 'Agenten hielden de man aan in zijn woning in Koetaisi.', ['hielden de man aan']],
    ['hield* ... aan$', 'Studenten hielden een bijeenkomst aan het Vrijheidsplein in Koetaisi.', []],
    [
      'hield* ... aan$',
      'Agenten hielden aan de grens bij Sarpi twee smokkelaars aan.',
      ['hielden aan de grens bij Sarpi twee smokkelaars aan'],
    ],
    ['kwamen ... aan$', 'Betogers kwamen aan de kust bij Batoemi bijeen.', []],
    [
      'kwamen ...6 om$',
      'Op het Beursplein kwamen vanavond honderden mensen samen om met krijt boodschappen van steun op de grond te schrijven.',
      [],
    ],
    [
      'kwamen ...6 om$',
      'Bij de aanslag kwamen twintig mensen om bij het metrostation Maalbeek.',
      ['kwamen twintig mensen om'],
    ],
    [
      'kwamen ...6 om$',
      'In de metro kwamen twintig mensen om, te midden van het spitsverkeer.',
      ['kwamen twintig mensen om'],
    ],
    [
      'bracht ...4 bezoek aan',
      'De premier bracht een bezoek aan de haven van Batoemi.',
      ['bracht een bezoek aan'],
    ],
    [
      'rief* ... auf',
      'Die Opposition rief die Menschen auf, die Wahl zu boykottieren.',
      ['rief die Menschen auf'],
    ],
  ])('“%s” in “%s” matches %j', (pattern, text, found) => {
    expect(matches(pattern, text)).toEqual(found);
  });
});

describe('the patterns that can start at a word', () => {
  const index = new PatternIndex<string>();
  for (const pattern of ['*fire', 'fired ... shots', 'fire*', 'fired at', 'firework*', 'fire* back'])
    index.add(pattern, pattern);

  it.each([
    ['fired', ['fired ... shots', 'fired at', 'fire*', 'fire* back']],
    ['ceasefire', ['*fire']],
    ['fire', ['fire*', 'fire* back', '*fire']],
    ['fireworks', ['fire*', 'firework*', 'fire* back']],
    ['shots', []],
  ])(
    '“%s” starts %j: whole words first, then prefixes, then the rest, each in lexicon order',
    (word, found) => {
      expect(index.startingAt(word).map((e) => e.item)).toEqual(found);
    },
  );

  it('gives a pattern compiled once to every word it can start at', () => {
    const [atFired] = index.startingAt('fired').filter((e) => e.item === 'fire*');
    const [atFire] = index.startingAt('fire').filter((e) => e.item === 'fire*');
    expect(atFired).toBe(atFire);
  });
});

describe('the patterns that can start at a word, by its ending', () => {
  const index = new PatternIndex<string>();
  for (const pattern of ['... truce', '*fire', '*works', '...3 fire', '*fire* pit'])
    index.add(pattern, pattern);

  it.each([
    ['ceasefire', ['... truce', '*fire', '...3 fire', '*fire* pit']],
    ['fireworks', ['... truce', '*works', '...3 fire', '*fire* pit']],
    ['truce', ['... truce', '...3 fire']],
  ])('“%s” starts %j, in lexicon order', (word, found) => {
    expect(index.startingAt(word).map((e) => e.item)).toEqual(found);
  });
});
