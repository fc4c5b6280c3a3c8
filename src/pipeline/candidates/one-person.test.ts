import { describe, expect, it } from 'vitest';
import { befallsOnePerson } from './one-person.ts';
import { candidatesOf } from './test-helpers.ts';

describe('befallsOnePerson', () => {
  it.each([
    ['A 24-year-old man died at the scene, police said.', 'died', true],
    ['A young woman was seriously injured.', 'injured', true],
    ['Ein Feuerwehrmann wurde schwer verletzt.', 'verletzt', true],
    [
      'Alle Geiseln kamen frei, eine Angestellte wurde leicht verletzt, teilte die Polizei mit.',
      'verletzt',
      true,
    ],
    ['Een agent werd lichtgewond.', 'lichtgewond', true],
    ['Een motorrijder kwam om het leven.', 'om het leven', true],
    ['An explosion at a factory injured workers.', 'injured', false],
    ['Fourteen passengers were treated for minor injuries.', 'treated', false],
    ['Several passengers suffered minor injuries.', 'injuries', false],
    ['In a hospital in Kyiv, doctors were injured.', 'injured', false],
    ['Dabei wurde ein Polizist getötet.', 'getötet', true],
    ['Gisteren werd een agent neergestoken.', 'neergestoken', true],
    ['Dabei wurden mehrere Polizisten getötet.', 'getötet', false],
  ])('"%s": what "%s" tells befalls one person: %s', (text, trigger, one) => {
    expect(befallsOnePerson(text, text.indexOf(trigger))).toBe(one);
  });
});

describe('the title of a happening that befell one person', () => {
  it.each([
    ['en', 'A truck driver was killed when a tree fell on his vehicle.', 'One person killed'],
    ['en', 'A young woman was seriously injured.', 'One person injured'],
    ['de', 'Ein Feuerwehrmann wurde schwer verletzt.', 'One person injured'],
    ['nl', 'Een motorrijder kwam om het leven.', 'One person killed'],
    ['en', 'Fourteen passengers were treated for minor injuries.', 'People injured'],
  ])('in %s, "%s" is titled "%s"', (lang, text, title) => {
    expect(candidatesOf(lang, text, '2024-01-02').map((c) => c.title)).toEqual([title]);
  });
});
