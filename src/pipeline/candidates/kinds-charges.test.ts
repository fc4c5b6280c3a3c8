/**
 * Charges brought in court, a Dutch day of mourning, a count that does not reach into the next
 * clause, and a possible attack that is none: the lexicon read through the candidate stage.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, kindsAndTitles, type MentionSpec } from './test-helpers.ts';

describe('a court charges suspects', () => {
  it.each<[string, string, string]>([
    [
      'an English court that charged four men',
      'en',
      'Sunday a Moscow court charged four men with committing a terrorist act.',
    ],
    [
      'a Dutch court that "klaagde hen aan"',
      'nl',
      'Zondagavond klaagde een rechtbank in Moskou hen aan voor terrorisme.',
    ],
    [
      'a German prosecutor who "erhob Anklage"',
      'de',
      'Sonntag erhob die Staatsanwaltschaft Anklage gegen die vier Männer.',
    ],
  ])('%s is titled "Charges brought"', (_name, lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-03-24')).toContainEqual({
      kind: 'investigation',
      title: 'Charges brought',
    });
  });
});

describe('a Dutch day of mourning', () => {
  it.each([
    ['Zondag was het in heel Rusland een nationale dag van rouw.'],
    ['Zondag is in heel Rusland een rouwdag.'],
  ])('“%s” reports national mourning', (text) => {
    expect(kindsAndTitles('nl', text, '2024-03-24').map((c) => c.kind)).toContain('emergency');
  });
});

describe('a count ends where another clause begins', () => {
  it.each<[string, string, string[]]>([
    [
      'a toll raised "to 115 as emergency workers searched" counts no workers',
      'Saturday investigators said at least 93 bodies had been recovered, a figure later raised to 115 as emergency workers searched the building.',
      ['93 people killed'],
    ],
    [
      'a Dutch "terwijl hulpverleners" counts no rescuers',
      'Zaterdag werden 93 lichamen geborgen, later 115 terwijl hulpverleners het gebouw doorzochten.',
      ['93 bodies recovered'],
    ],
  ])('%s', (_name, text, expected) => {
    const lang = /Zaterdag/.test(text) ? 'nl' : 'en';
    expect(
      candidatesOf(lang, text, '2024-03-23').flatMap((c) => c.figures.map((f) => `${f.value} ${f.counts}`)),
    ).toEqual(expected);
  });
});

describe('a possible attack is no attack', () => {
  it.each<[string, string]>([
    ['en', 'Tuesday Washington said it had warned Moscow of a possible attack on large gatherings.'],
    [
      'nl',
      'Dinsdag zei de Amerikaanse regering dat zij Rusland had gewaarschuwd voor een mogelijke aanslag.',
    ],
    ['de', 'Dienstag warnte die US-Botschaft vor einem möglichen Anschlag auf Großveranstaltungen.'],
  ])('[%s] “%s” reports no attack', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-03-05').map((c) => c.kind)).not.toContain('attack');
  });
});

describe('a suspect charged over an attack, and one caught on camera', () => {
  const KRAYEM: MentionSpec = ['Osama Krayem', 'actor', 'krayem'];
  const ABRINI: MentionSpec = ['Abrini', 'actor', 'abrini'];

  it('“was charged over the Maelbeek bombing” is a charge, not the bombing', () => {
    const text =
      'Three were later released, and Osama Krayem, a Swede, was charged over the Maelbeek bombing.';
    const kinds = kindsAndTitles('en', text, '2016-04-09', [KRAYEM]).map((c) => c.kind);
    expect(kinds).toContain('investigation');
    expect(kinds).not.toContain('attack');
  });

  it.each([
    ['Abrini was captured on CCTV walking away from the airport after the attacks.', []],
    ['On Friday Abrini was captured in Anderlecht after weeks on the run.', ['arrest']],
  ])('“%s” reports an arrest: %j', (text, arrests) => {
    const kinds = kindsAndTitles('en', text, '2016-04-09', [ABRINI]).map((c) => c.kind);
    expect(kinds.filter((k) => k === 'arrest')).toEqual(arrests);
  });
});
