import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('what happens year after year is no happening', () => {
  it.each<[string, string, string]>([
    [
      'Reuters’ “shooting deaths are counted in single digits in most years”',
      'en',
      'Guns are tightly controlled in Japan, which has some of the world’s strictest firearm laws and where shooting deaths are counted in single digits in most years.',
    ],
    [
      'a Dutch “komen jaarlijks tientallen mensen om”',
      'nl',
      'Bij overstromingen komen er jaarlijks tientallen mensen om het leven.',
    ],
    [
      'a German “Jedes Jahr sterben dort Hunderte”',
      'de',
      'Jedes Jahr sterben dort Hunderte Menschen bei Überschwemmungen.',
    ],
  ])('%s reports no deaths', (_name, lang, text) => {
    expect(kindsAndTitles(lang, text, '2022-07-08').map((c) => c.kind)).not.toContain('death');
  });

  it.each<[string, string]>([
    ['en', 'Shootings are relatively rare in the Netherlands, which has strict gun laws.'],
    ['nl', 'Schietpartijen zijn in Nederland zeldzaam.'],
    ['de', 'Schießereien sind in den Niederlanden selten.'],
  ])('[%s] “%s” reports no shooting: it tells how rare they are', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-09-28')).toEqual([]);
  });

  it('a shooting the sentence reports after a clause on their rarity stays: “Shootings are rare in Japan, but on Friday a gunman shot dead two people”', () => {
    const kinds = kindsAndTitles(
      'en',
      'Shootings are rare in Japan, but on Friday a gunman shot dead two people.',
      '2022-07-08',
    );
    expect(kinds.map((c) => c.kind)).toContain('death');
  });

  it('a toll of one day still counts: “Bei den Überschwemmungen starben am Montag 20 Menschen”', () => {
    const kinds = kindsAndTitles(
      'de',
      'Bei den Überschwemmungen starben am Montag 20 Menschen.',
      '2022-07-08',
    );
    expect(kinds.map((c) => c.kind)).toContain('death');
  });
});
