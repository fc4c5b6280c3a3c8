/**
 * A dam destroyed, blown up or breached by force is a disaster the flood follows ("The dam was blown
 * up last Tuesday", "De stuwdam werd vernietigd", "Der Staudamm wurde gesprengt"); a building or a
 * town destroyed is not a dam.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a dam destroyed', () => {
  it.each([
    ['en', 'The dam was blown up last Tuesday.'],
    ['en', 'The Kakhovka dam was destroyed in the early hours of Tuesday.'],
    ['nl', 'De stuwdam in de rivier de Dnjepr werd gisteren in de vroege ochtend vernietigd.'],
    ['nl', 'De dam is dinsdagnacht opgeblazen.'],
    ['de', 'Der Staudamm wurde in der Nacht zum Dienstag gesprengt.'],
    ['de', 'Am Dienstag wurde der Kachowka-Staudamm zerstört.'],
  ])('[%s] “%s” is titled "Dam destroyed"', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-06-07')[0]).toEqual({ kind: 'disaster', title: 'Dam destroyed' });
  });

  it.each([
    ['nl', 'De stuwdam bij Nova Kachovka werd gisteren vernietigd.'],
    ['de', 'Der Staudamm bei Nowa Kachowka wurde am Dienstag zerstört.'],
  ])('[%s] a dam with its town says where: “%s”', (lang, text) => {
    const [first] = kindsAndTitles(lang, text, '2023-06-07', [
      [lang === 'nl' ? 'Nova Kachovka' : 'Nowa Kachowka', 'place', 'nova-kakhovka'],
    ]);
    expect(first?.title).toBe('Dam destroyed in Nova Kakhovka');
  });

  it.each([
    ['en', 'Russian shelling destroyed several houses in the town.'],
    ['nl', 'Het gebouw werd door een brand volledig verwoest.'],
    ['de', 'Die Brücke wurde bei dem Angriff zerstört.'],
  ])('[%s] “%s” destroys no dam', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-06-07').map((k) => k.title)).not.toContain('Dam destroyed');
  });
});
