/**
 * The simple past of a sentence, an election won and a flight from home, as German and Dutch
 * news write it: "verurteilte … zu 16 Jahren Haft", "veroordeelde … tot 16 jaar cel", "gewann
 * 37 Sitze", "flohen aus ihren Häusern".
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('German and Dutch simple past', () => {
  it.each([
    ['de', 'Ein Gericht in Moskau verurteilte den Journalisten am Freitag zu 16 Jahren Haft.', 'verdict'],
    ['nl', 'Een rechtbank in Moskou veroordeelde de journalist vrijdag tot 16 jaar cel.', 'verdict'],
    ['de', 'Die PVV gewann am Mittwoch 37 Sitze bei der Parlamentswahl.', 'election-result'],
    ['de', 'Tausende Menschen flohen am Sonntag aus ihren Häusern.', 'evacuation'],
  ])('[%s] “%s” is a %s', (lang, text, kind) => {
    expect(kindsAndTitles(lang, text, '2024-10-11').map((c) => c.kind)).toEqual([kind]);
  });

  it.each([
    ['de', 'Die Regierung verurteilte den Angriff am Freitag scharf.', 'verdict'],
    ['nl', 'De regering veroordeelde vrijdag de aanval.', 'verdict'],
  ])('[%s] “%s” condemns: no %s', (lang, text, kind) => {
    expect(kindsAndTitles(lang, text, '2024-10-11').map((c) => c.kind)).not.toContain(kind);
  });
});
