/**
 * Wordings of a regime's fall the lexicon and the role rules missed (the assad-fall story): a
 * leader who left the country, talks told with "had met", whose leader the speaker is, a name in
 * the time a sentence opens with, rumours, rescuers searching a prison, and air strikes counted.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const ASSAD: MentionSpec = ['Assad', 'actor', 'assad'];
const SHARAA: MentionSpec = ['Ahmed al-Sharaa', 'actor', 'al-sharaa'];
const JALALI: MentionSpec = ['Mohammed al-Jalali', 'actor', 'al-jalali'];
const HTS: MentionSpec = ['HTS', 'actor', 'hts'];

describe('a leader who left the country fled it', () => {
  it.each<[string, string]>([
    ['de', 'Sonntag hat Machthaber Assad das Land verlassen.'],
    ['nl', 'Zondag verliet Assad het land.'],
    ['en', 'Sunday Assad left the country.'],
  ])('[%s] “%s”', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-12-08', [ASSAD])).toEqual([
      { kind: 'exile', title: 'Assad flees the country' },
    ]);
  });

  it('a rumour that he left, which he denied, is no flight', () => {
    const text = 'Gestern hieß es, Gerüchte, er habe das Land verlassen, wies Assad zurück.';
    expect(kindsAndTitles('de', text, '2024-12-08', [ASSAD]).map((c) => c.kind)).not.toContain('exile');
  });
});

describe('who met whom: the leader, not whose leader he is', () => {
  it.each<[string, string]>([
    [
      'nl',
      'Maandag sprak HTS-leider Ahmed al-Sharaa met premier Mohammed al-Jalali over de overdracht van de macht.',
    ],
    ['en', 'Monday the HTS leader Ahmed al-Sharaa had met Prime Minister Mohammed al-Jalali.'],
  ])('[%s] “%s”', (lang, text) => {
    const [c] = candidatesOf(lang, text, '2024-12-09', [HTS, SHARAA, JALALI]);
    expect([c?.kind, c?.agent]).toEqual(['talks', 'al-sharaa']);
    expect(c?.title).toMatch(/Jalali$/);
  });
});

describe('a name in the time a sentence opens with did not do what the sentence tells', () => {
  it('“Two days after the fall of Bashar al-Assad, …” appoints no Assad', () => {
    const text =
      'Two days after the fall of Bashar al-Assad, the new rulers have appointed a prime minister on Tuesday.';
    const [c] = candidatesOf('en', text, '2024-12-10', [['Bashar al-Assad', 'actor', 'assad']]);
    expect(c?.title).toBe('Prime minister appointed');
  });
});

describe('rescuers searching a building raid nothing', () => {
  it.each<[string, string, boolean]>([
    ['nl', 'Maandag doorzochten reddingswerkers het complex op zoek naar geheime cellen.', false],
    ['de', 'Montag durchsuchten Rettungskräfte das Gefängnis nach geheimen Zellen.', false],
    ['nl', 'Maandag doorzocht de politie de woning van de verdachte.', true],
    ['de', 'Montag durchsuchte die Polizei die Wohnung des Verdächtigen.', true],
  ])('[%s] “%s”: a raid %s', (lang, text, raid) => {
    expect(kindsAndTitles(lang, text, '2024-12-09').some((c) => c.kind === 'raid')).toBe(raid);
  });
});

describe('air strikes counted are strikes, not people', () => {
  it.each<[string, string]>([
    ['nl', 'Maandag voerde Israël tientallen luchtaanvallen uit op militaire doelen in Syrië.'],
    ['de', 'Montag flog Israel Dutzende Luftangriffe auf militärische Ziele in Syrien.'],
  ])('[%s] “%s”', (lang, text) => {
    const counts = candidatesOf(lang, text, '2024-12-09').flatMap((c) => c.figures.map((f) => f.counts));
    expect(counts).not.toContain('people');
  });
});
