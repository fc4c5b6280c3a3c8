/**
 * A bare count joined by "and" (en, und) to a count of a group, with only a participle of killing or
 * wounding after it, counts that group; one that names its own group, follows a list of groups or
 * a part of a toll, or comes after a count of people at large counts people.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence } from './test-helpers.ts';

function figures(lang: string, text: string): string[] {
  return candidatesOfSentence(lang, { text }).flatMap((c) => c.figures.map((f) => `${f.value} ${f.counts}`));
}

describe('a bare second count carries the group of the count before it', () => {
  it.each([
    [
      'en',
      'The Interior Ministry said 18 members of the security forces had been killed and 748 injured.',
      ['18 police and soldiers killed', '748 police and soldiers injured'],
    ],
    [
      'en',
      'Thirteen members of the security forces have been killed and 353 injured, the interior ministry said.',
      ['13 police and soldiers killed', '353 police and soldiers injured'],
    ],
    [
      'nl',
      'Volgens het ministerie zijn 18 agenten omgekomen en 748 gewond geraakt.',
      ['18 police and soldiers killed', '748 police and soldiers injured'],
    ],
    [
      'de',
      '18 Polizisten wurden getötet und 748 verletzt.',
      ['18 police and soldiers killed', '748 police and soldiers injured'],
    ],
    ['en', 'Two soldiers were killed, 12 wounded.', ['2 troops killed', '12 troops injured']],
    [
      'de',
      '18 Sicherheitskräfte kamen ums Leben, 748 wurden verletzt.',
      ['18 police and soldiers killed', '748 police and soldiers injured'],
    ],
    [
      'nl',
      'Achttien agenten kwamen om het leven en 748 raakten gewond.',
      ['18 police and soldiers killed', '748 police and soldiers injured'],
    ],
    [
      'en',
      'The ministry said 18 members of the security forces had died, with 748 injured.',
      ['18 police and soldiers killed', '748 police and soldiers injured'],
    ],
  ])('[%s] “%s” counts %j', (lang, text, expected) => {
    expect(figures(lang, text)).toEqual(expected);
  });
});

describe('a second count that names its own group, or follows no single group, counts people', () => {
  it.each([
    ['en', '12 soldiers were killed and 40 civilians injured.', ['12 troops killed', '40 people injured']],
    [
      'en',
      'Two police officers and 15 protesters were killed and 40 injured.',
      ['2 police and soldiers killed', '15 protesters killed', '40 people injured'],
    ],
    ['en', 'Dozens were killed and hundreds injured.', ['24 people killed', '200 people injured']],
    [
      'en',
      '51 people were killed, including three soldiers, and 40 injured.',
      ['51 people killed', '3 troops killed', '40 people injured'],
    ],
    [
      'en',
      '12 soldiers were killed as rebels stormed the base and 40 injured.',
      ['12 troops killed', '40 people injured'],
    ],
    [
      'de',
      'Zwölf Soldaten wurden getötet und 40 Zivilisten verletzt.',
      ['12 troops killed', '40 people injured'],
    ],
    [
      'en',
      'Dozens of police and protesters lost their lives and hundreds were injured in the riots.',
      ['24 police and soldiers killed', '200 people injured'],
    ],
  ])('[%s] “%s” counts %j', (lang, text, expected) => {
    expect(figures(lang, text)).toEqual(expected);
  });
});
