/**
 * The fall of the fourth Rutte cabinet, July 2023: after days of talks in the Catshuis on limiting
 * the family reunification of war refugees, VVD, D66, CDA and ChristenUnie fail to agree and Mark
 * Rutte announces the fall on the evening of Friday 7 July; on Saturday he offers the cabinet's
 * resignation to King Willem-Alexander, back from Greece, at Huis ten Bosch, and the cabinet stays on
 * as caretaker; on Monday 10 July he tells parliament he will leave politics; on Tuesday 11 July the
 * Electoral Council sets the election for 22 November, which Geert Wilders' PVV wins. Told by seven
 * outlets in nl, de and en: a NOS report of the Friday evening with site boilerplate, a Volkskrant
 * report of the Saturday ("gisteravond"), a Tagesschau report of the Saturday, a Reuters wire of the
 * Monday, an undated translation from the Dutch that writes "Mark Rut" and "Christian Union", an FAZ
 * report dated only to the month, and a Guardian report of the election result that recalls the fall.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { allCiting, documentsOf, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('rutte-cabinet-fall');
}, 60_000);

/** The events citing a sentence with those words. */
const citing = (words: string) => allCiting(file, words);

const FALL = 'Het vierde kabinet van premier Rutte is gevallen';
const KING = 'heeft zaterdag op paleis Huis ten Bosch het ontslag van zijn kabinet aangeboden';
const LEAVES = 'said on Monday he would leave politics';
const DATE_SET = 'Den Wahltermin legte der Wahlrat am Dienstag in Den Haag fest';
const RESULT = 'the PVV won 37 of the 150 seats';

describe('the fall of the fourth Rutte cabinet as seven outlets told it', () => {
  it('the dated reports are read on the days they were published', () => {
    expect(file.documents.map((d) => [d.id, d.published.date])).toEqual(
      expect.arrayContaining([
        ['de_tagesschau_0708', '2023-07-08'],
        ['en_guardian_1123', '2023-11-23'],
        ['en_reuters_0710', '2023-07-10'],
        ['nl_nos_0707', '2023-07-07'],
        ['nl_volkskrant_0708', '2023-07-08'],
      ]),
    );
  });

  it.each<[string, string, string]>([
    ['the fall announced “rond 22.00 uur”', FALL, '2023-07-07'],
    ['the fall “gisteravond”', 'Het kabinet-Rutte IV viel gisteravond', '2023-07-07'],
    [
      'the fall “am Freitagabend”',
      'war am Freitagabend an einem Streit über die Asylpolitik zerbrochen',
      '2023-07-07',
    ],
    ['the fall “on Friday evening” of the wire', 'coalition fell apart on Friday evening', '2023-07-07'],
    [
      'the fall “on Friday evening” of the translation',
      'The fourth cabinet of Rut fell on Friday evening',
      '2023-07-07',
    ],
    [
      'the fall “am Freitag vergangener Woche”',
      'war am Freitag vergangener Woche an einem Streit',
      '2023-07-07',
    ],
    ['the fall “on 7 July” recalled in November', 'collapsed on 7 July over a dispute', '2023-07-07'],
    ['the resignation offered “zaterdag”', KING, '2023-07-08'],
    [
      'the resignation offered “dem König” in the Saturday report',
      'dem König den Rücktritt seiner Regierung angeboten',
      '2023-07-08',
    ],
    [
      'the resignation offered “on Saturday” of the wire',
      'Huis ten Bosch palace on Saturday to tender the resignation',
      '2023-07-08',
    ],
    [
      'the resignation offered “On Saturday” of the translation',
      'On Saturday Rut offered the resignation',
      '2023-07-08',
    ],
    [
      'the resignation offered “Am Samstag” of the month report',
      'Am Samstag bot Rutte König Willem-Alexander den Rücktritt',
      '2023-07-08',
    ],
    ['Rutte leaving politics “on Monday”', LEAVES, '2023-07-10'],
    [
      'Rutte leaving politics in the undated translation',
      'Prime minister Mark Rut leaves the politics',
      '2023-07-10',
    ],
    [
      'Rutte leaving politics “Am Montag”',
      'Am Montag kündigte Rutte überraschend seinen Rückzug aus der Politik an',
      '2023-07-10',
    ],
    ['the election date set “am Dienstag”', DATE_SET, '2023-07-11'],
  ])('%s is told on %s', (_what, words, day) => {
    const told = citing(words);
    expect(told.length).toBeGreaterThan(0);
    for (const e of told) expect(e.when.start.slice(0, 10)).toBe(day);
  });

  it('the fall of the cabinet on Friday evening is one event of five outlets in three languages, in The Hague', () => {
    const fall = onlyCiting(file, FALL);
    expect(fall?.kind).toBe('government-collapse');
    expect(fall?.when.start.slice(0, 10)).toBe('2023-07-07');
    expect(documentsOf(fall)).toEqual(
      expect.arrayContaining([
        'de_tagesschau_0708',
        'en_guardian_1123',
        'en_mt_undated',
        'en_reuters_0710',
        'nl_nos_0707',
      ]),
    );
    expect(fall?.places).toContain('the-hague');
  });

  it('the resignation offered to the king on Saturday is one event of five outlets, at Huis ten Bosch', () => {
    const resignation = onlyCiting(file, KING);
    expect(resignation?.kind).toBe('resignation');
    expect(resignation?.when.start.slice(0, 10)).toBe('2023-07-08');
    expect(resignation?.actors).toEqual(expect.arrayContaining(['rutte', 'willem-alexander']));
    expect(resignation?.places).toContain('huis-ten-bosch');
    expect(documentsOf(resignation)).toEqual(
      expect.arrayContaining([
        'de_faz_2023-07',
        'de_tagesschau_0708',
        'en_mt_undated',
        'en_reuters_0710',
        'nl_volkskrant_0708',
      ]),
    );
  });

  it('Rutte announcing on Monday that he leaves politics is one event of four outlets, Rutte’s', () => {
    const leaves = onlyCiting(file, LEAVES);
    expect(leaves?.when.start.slice(0, 10)).toBe('2023-07-10');
    expect(leaves?.actors).toContain('rutte');
    expect(documentsOf(leaves)).toEqual([
      'de_faz_2023-07',
      'en_guardian_1123',
      'en_mt_undated',
      'en_reuters_0710',
    ]);
  });

  it('the election date set on Tuesday is an election called that day, not on the election day', () => {
    const set = onlyCiting(file, DATE_SET);
    expect(set?.kind).toBe('election-called');
    expect(set?.when.start.slice(0, 10)).toBe('2023-07-11');
    expect(documentsOf(set)).toEqual(['de_faz_2023-07']);
  });

  it('no event of July is dated on the election day ahead, and nothing before the fall on a November day', () => {
    const onElectionDay = file.events.filter((e) => e.when.start.startsWith('2023-11-22'));
    for (const e of onElectionDay) expect(documentsOf(e)).toEqual(['en_guardian_1123']);
  });

  it('the PVV winning the election is a result of 22–23 November, the PVV’s, told by the Guardian', () => {
    const result = onlyCiting(file, RESULT);
    expect(result?.kind).toBe('election-result');
    expect(['2023-11-22', '2023-11-23']).toContain(result?.when.start.slice(0, 10));
    expect(result?.actors).toContain('pvv');
    expect(documentsOf(result)).toEqual(['en_guardian_1123']);
  });

  it('the seats of a party “founded in August” are its November seats, not an August result nor the PVV’s win', () => {
    const seats = onlyCiting(file, 'founded in August, won 20 seats');
    expect(seats?.title).toBe('Pieter Omtzigt wins seats');
    expect(seats?.when.end).toBe('2023-11-23');
    expect(seats).not.toBe(onlyCiting(file, RESULT));
  });

  it.each([
    ['the Dutch “VVD”', 'VVD', 'vvd'],
    ['the Dutch “D66”', 'D66', 'd66'],
    ['the Dutch “CDA”', 'CDA', 'cda'],
    ['the Dutch “ChristenUnie”', 'ChristenUnie', 'christenunie'],
    ['the translation’s “Christian Union”', 'Christian Union', 'christenunie'],
    ['the English “Freedom Party”', 'Freedom Party', 'pvv'],
    ['the Dutch “PVV”', 'PVV', 'pvv'],
    ['the Dutch “Geert Wilders”', 'Geert Wilders', 'wilders'],
    ['the translation’s “Mark Rut”', 'Mark Rut', 'rutte'],
    ['the German “König Willem-Alexander”', 'Willem-Alexander', 'willem-alexander'],
  ])('%s is the actor %s', (_what, text, id) => {
    const mentions = file.events.flatMap((e) => e.sources).flatMap((s) => s.mentions ?? []);
    const found = mentions.filter((m) => m.text === text);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((m) => m.id))).toEqual(new Set([id]));
  });

  it('The Hague and Huis ten Bosch are places of the chronology', () => {
    expect(file.places.map((p) => p.id)).toEqual(expect.arrayContaining(['the-hague', 'huis-ten-bosch']));
  });

  it.each([
    ['en_mt_undated', '2023-07-10', 'the Monday Rutte “made known this morning” he leaves politics'],
    ['de_faz_2023-07', '2023-07-11', 'the Tuesday the Electoral Council set the date'],
  ])('the report %s is dated %s, %s, inferred', (id, day) => {
    expect(publishedOf(file, id)).toMatchObject({ date: day, precision: 'day', inferred: true });
  });
});
