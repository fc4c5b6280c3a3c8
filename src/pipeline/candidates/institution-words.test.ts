/**
 * Who acts, named by a common noun ("officials said"): a day's name before it tells when, and a
 * state's border or two places joined by a hyphen tell where the happening was near, neither who
 * acted nor where it was.
 */
import { describe, expect, it } from 'vitest';
import { compoundModifier, pairedPlace } from './compound-modifier.ts';
import { kindsAndTitles, mentionIn, type MentionSpec } from './test-helpers.ts';

const AP = [
  'A freight train derailment near the Ohio-Pennsylvania state line set off a massive fire and evacuation',
  'orders late Friday, prompting officials to declare a state of emergency in the village of East Palestine.',
].join(' ');
const AP_PLACES: MentionSpec[] = [
  ['Ohio', 'place', 'ohio'],
  ['Pennsylvania', 'place', 'pennsylvania'],
  ['East Palestine', 'place', 'east-palestine'],
];

describe('officials named by a common noun act where the sentence puts the happening', () => {
  it.each<[string, string, string, MentionSpec[], string]>([
    ['en', AP, '2023-02-04', AP_PLACES, 'Officials declare a state of emergency in East Palestine'],
    [
      'en',
      'Late on Monday officials said the burn had gone as planned.',
      '2023-02-06',
      [],
      'Officials make a statement',
    ],
    [
      'en',
      'Around 30 cars and three heavy trucks fell with the structure, the fire service said.',
      '2018-08-14',
      [],
      'Fire service makes a statement',
    ],
    [
      'en',
      "Russia's aviation agency said Prigozhin was on board.",
      '2023-08-23',
      [['Russia', 'place', 'russia']],
      'Aviation agency makes a statement',
    ],
    // The office of an institution's member speaks for it, where no name in the sentence could.
    [
      'en',
      "The prosecutor's office said it would investigate.",
      '2010-07-24',
      [],
      "Prosecutor's office makes a statement",
    ],
  ])('%s: “%s” is titled as a reader would sign it', (lang, text, published, mentions, title) => {
    expect(kindsAndTitles(lang, text, published, mentions).map((c) => c.title)).toContain(title);
  });
});

describe('two places joined by a hyphen name what lies between them', () => {
  it.each<[string, string, string, boolean]>([
    [AP, 'Ohio', 'Pennsylvania', true],
    [AP, 'Pennsylvania', 'Ohio', true],
    ['Police in Ohio said the train came from Pennsylvania.', 'Ohio', 'Pennsylvania', false],
  ])('“%s”: %s beside %s is paired: %s', (text, name, other, expected) => {
    const m = { ...mentionIn(text, name, 'place'), id: name };
    expect(pairedPlace(text, m, [m, { ...mentionIn(text, other, 'place'), id: other }])).toBe(expected);
  });

  it('a country opening a compound is no pair', () => {
    const text = 'Dabei wurden 13 US-Soldaten getötet.';
    const us = mentionIn(text, 'US', 'place');
    expect(pairedPlace(text, us, [us])).toBe(false);
    expect(compoundModifier(text, us, () => true)).toBe(true);
  });
});
