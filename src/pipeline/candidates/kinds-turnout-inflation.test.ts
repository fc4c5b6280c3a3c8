/**
 * Two figures a results or rates story reports as news of their own: an election's turnout and an
 * inflation rate. A rate or turnout in passing ("to fight inflation") is none.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('turnout and inflation told with their figure', () => {
  it.each<[string, string, string, string]>([
    ['nl', 'De opkomst lag met 58 procent hoger dan vier jaar eerder.', 'turnout', 'Election turnout'],
    ['nl', 'De opkomst lag volgens het ANP rond de 78 procent.', 'turnout', 'Election turnout'],
    ['de', 'Die Wahlbeteiligung lag bei rund 52 Prozent.', 'turnout', 'Election turnout'],
    ['en', 'Turnout was 67 percent, the highest since 1992.', 'turnout', 'Election turnout'],
    ['de', 'Die Inflation im Euroraum lag im Juni bei 5,5 Prozent.', 'inflation', 'Inflation rate'],
    ['en', 'Inflation in the euro area eased to 5.5 percent in June.', 'inflation', 'Inflation rate'],
    ['nl', 'De inflatie daalde in juni naar 5,7 procent.', 'inflation', 'Inflation rate'],
  ])('[%s] “%s” is %s “%s”', (lang, text, kind, title) => {
    expect(kindsAndTitles(lang, text, '2023-07-27')).toContainEqual({ kind, title });
  });

  it.each<[string, string]>([
    ['en', 'The bank raised rates again to fight inflation.'],
    ['de', 'Die Notenbank will die Inflation bekämpfen.'],
  ])('[%s] “%s” reports no inflation rate', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-07-27').map((k) => k.kind)).not.toContain('inflation');
  });
});

describe('a strike named “Ausstand”', () => {
  it('is a strike, with the days it is to run', () => {
    const text =
      'Der Ausstand im Personenverkehr soll am Mittwoch um 2 Uhr beginnen und bis einschließlich Freitag dauern, teilte die Gewerkschaft am Montag in Frankfurt mit.';
    expect(kindsAndTitles('de', text, '2024-01-08').map((k) => k.title)).toContain('Strike');
  });
});
