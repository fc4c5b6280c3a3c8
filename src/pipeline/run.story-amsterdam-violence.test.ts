/**
 * The attacks on Israeli football fans in Amsterdam in the night of 7 to 8 November 2024 and the
 * days after, told by five outlets in en, nl and de: 62 arrests told in two languages, a rally on
 * Sunday despite a ban, the ban extended on Monday, a translation that misspells the mayor.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('amsterdam-violence');
}, 60_000);

describe('the Amsterdam violence as five outlets told it', () => {
  it('the 62 arrests of the night are one event in English and Dutch, their count not taken for the football club named after it', () => {
    const arrests = mostTold(file, '62 people arrested');
    expect(arrests?.when.value).toBe('2024-11-07TNI');
    expect(documentsOf(arrests)).toEqual(['en_reuters_1108', 'nl_nos_1108']);
  });

  it("Sunday's rally despite the ban is a protest, its arrests one event in German and the translation", () => {
    expect(mostTold(file, 'Hundreds of people protest in Amsterdam')?.when.value).toBe('2024-11-10');
    const arrests = mostTold(file, 'About 50 people arrested');
    expect(documentsOf(arrests)).toEqual(['de_tagesschau_1110', 'en_mt_undated']);
  });

  it('the ban extended "on Monday" is titled as an extension, and the undated translation is dated that Monday', () => {
    const published = publishedOf(file, 'en_mt_undated');
    expect(published).toMatchObject({ date: '2024-11-11', precision: 'day', inferred: true });
    const extended = mostTold(file, 'Ban extended in Amsterdam');
    expect(extended?.when.value).toBe('2024-11-11');
  });

  it('the ban imposed after the attacks is one event in German and English, not dated by the weekend it was "for"', () => {
    const ban = mostTold(file, 'Femke Halsema imposes ban');
    expect(documentsOf(ban)).toEqual(['de_tagesschau_1110', 'en_reuters_1108']);
    expect(ban?.when.start.slice(0, 10)).toBe('2024-11-07');
  });

  it('the month-only Dutch report of the attacks "afgelopen week" and the ban extended "maandag" is dated the Monday after, and joins the translation', () => {
    const published = publishedOf(file, 'nl_volkskrant_11');
    expect(published).toMatchObject({ date: '2024-11-11', precision: 'day', inferred: true });
    expect(documentsOf(mostTold(file, 'Ban extended in Amsterdam'))).toEqual([
      'en_mt_undated',
      'nl_volkskrant_11',
    ]);
  });
});
