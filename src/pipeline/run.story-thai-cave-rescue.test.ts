/**
 * The twelve boys of the Wild Boars football team and their coach, trapped by monsoon floods in the
 * Tham Luang cave near Mae Sai, in Chiang Rai province of northern Thailand, from Saturday 23 June
 * 2018; found alive by two British divers on Monday 2 July; the former navy diver Saman Kunan dead
 * in the night to Friday 6 July; and the rescue in three days: four boys on Sunday 8 July, four more
 * on Monday 9 July, the last four and the coach on Tuesday 10 July. Told by an AP wire of the
 * Monday, a NOS report of the Wednesday after with a glued date line and site boilerplate, and an
 * undated Spiegel report written on the Friday of the diver's death.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { allCiting, documentsOf, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('thai-cave-rescue');
}, 60_000);

/** The events citing a sentence with those words. */
const citing = (words: string) => allCiting(file, words);

const mentions = () => file.events.flatMap((e) => e.sources).flatMap((s) => s.mentions ?? []);

describe('the boys trapped in the Tham Luang cave, found and brought out, as three outlets told it', () => {
  it('the dated reports are read on the days they were published', () => {
    expect(file.documents.map((d) => [d.id, d.published.date])).toEqual(
      expect.arrayContaining([
        ['en_ap_0709', '2018-07-09'],
        ['nl_nos_0711', '2018-07-11'],
      ]),
    );
  });

  it('dates the undated Spiegel report to Friday 6 July, the day the diver died “in der Nacht zum Freitag”', () => {
    const published = publishedOf(file, 'de_spiegel_undated');
    expect(published).toMatchObject({ date: '2018-07-06', precision: 'day', inferred: true });
  });

  it.each<[string, string, string]>([
    [
      'four boys out “on Sunday evening”',
      'The first four boys were brought out on Sunday evening',
      '2018-07-08',
    ],
    [
      'four more boys out “on Monday”',
      'Rescue divers brought four more boys out of a flooded cave',
      '2018-07-09',
    ],
    [
      'the last four and the coach out “dinsdag”',
      'Duikers haalden dinsdag de laatste vier jongens',
      '2018-07-10',
    ],
    ['the boys missing “on June 23”', 'went missing on June 23', '2018-06-23'],
    ['the boys found alive “on July 2”', 'Two British divers found them alive', '2018-07-02'],
    [
      'the boys found alive “am Montagabend nach neun Tagen”',
      'am Montagabend nach neun Tagen lebend gefunden',
      '2018-07-02',
    ],
    ['the diver dead “on Friday”', 'Saman Kunan, died on Friday', '2018-07-06'],
    [
      'the diver dead “vorige week vrijdag”',
      'Vorige week vrijdag kwam een voormalige marineduiker',
      '2018-07-06',
    ],
    ['the diver dead “in der Nacht zum Freitag”', 'starb in der Nacht zum Freitag', '2018-07-06'],
    ['the governor’s word “am Freitag”', 'sagte am Freitag, die Zeit dränge', '2018-07-06'],
    ['the prime minister’s visit “on Monday”', 'visited the cave site on Monday', '2018-07-09'],
  ])('%s is dated %s', (_what, words, day) => {
    expect(citing(words).length).toBeGreaterThan(0);
    for (const e of citing(words)) expect(e.when.start.slice(0, 10)).toBe(day);
  });

  it('the rescues are told by day: Sunday’s four, Monday’s four and Tuesday’s last four and the coach', () => {
    const rescues = file.events.filter((e) => e.kind === 'rescue');
    expect(new Set(rescues.map((e) => e.when.start.slice(0, 10)))).toEqual(
      new Set(['2018-07-08', '2018-07-09', '2018-07-10']),
    );
  });

  it('Monday’s four out is a rescue of AP’s, no flood of the “flooded cave”', () => {
    const monday = onlyCiting(file, 'Rescue divers brought four more boys out of a flooded cave');
    expect(monday?.kind).toBe('rescue');
    expect(monday?.when.start).toBe('2018-07-09');
  });

  it('Sunday’s first four out is one event of AP and NOS', () => {
    const sunday = onlyCiting(file, 'The first four boys were brought out on Sunday evening');
    expect(sunday?.kind).toBe('rescue');
    expect(documentsOf(sunday)).toEqual(['en_ap_0709', 'nl_nos_0711']);
  });

  it('Tuesday’s last four out is one rescue with “alle twaalf jongens”, the whole it completed', () => {
    const tuesday = onlyCiting(file, 'Duikers haalden dinsdag de laatste vier jongens');
    expect(tuesday?.title).toBe('4 people rescued');
    expect(tuesday?.when.start).toBe('2018-07-10');
    expect(citing('Alle twaalf jongens en hun voetbalcoach zijn uit de grot')).toEqual([tuesday]);
    expect(tuesday?.conflicts).toEqual([]);
  });

  it('NOS’s “maandag volgden er nog eens vier” is Monday’s four more, one event with AP’s', () => {
    const monday = onlyCiting(file, 'Rescue divers brought four more boys out of a flooded cave');
    expect(monday?.title).toBe('4 more people rescued');
    expect(documentsOf(monday)).toEqual(['en_ap_0709', 'nl_nos_0711']);
  });

  it('each day of the rescue is one event', () => {
    const days = file.events.filter((e) => e.kind === 'rescue').map((e) => e.when.start.slice(0, 10));
    expect(days.sort()).toEqual(['2018-07-08', '2018-07-09', '2018-07-10']);
  });

  it('the rains that flooded the cave on 23 June are the flooding of that day', () => {
    const flood = onlyCiting(file, 'Monsoon rains flooded the cave behind them');
    expect(flood?.when.start).toBe('2018-06-23');
  });

  it('the diver’s death is one event of all three reports, on Friday 6 July', () => {
    const death = onlyCiting(file, 'Saman Kunan, died on Friday');
    expect(death?.when.start).toBe('2018-07-06');
    expect(documentsOf(death)).toEqual(['de_spiegel_undated', 'en_ap_0709', 'nl_nos_0711']);
    // The night to Friday runs into the Friday the others tell: no disagreement.
    expect(death?.conflicts).toEqual([]);
  });

  it('the boys found alive on 2 July is one event of AP and Spiegel', () => {
    const found = onlyCiting(file, 'Two British divers found them alive');
    expect(found?.kind).toBe('found-alive');
    expect(documentsOf(found)).toEqual(['de_spiegel_undated', 'en_ap_0709']);
  });

  it('a “flooded cave” names the cave’s state, no flood of the day of the rescue', () => {
    for (const e of citing('brought four more boys out of a flooded cave'))
      expect(e.kind).not.toBe('disaster');
  });

  it('the prime minister visits the cave site, not Thailand, his own country', () => {
    const visit = onlyCiting(file, 'visited the cave site on Monday');
    expect(visit?.title).not.toContain('visits Thailand');
  });

  it.each([
    ['Prayuth Chan-ocha', 'prayuth-chan-ocha'],
    ['Narongsak Osottanakorn', 'narongsak-osottanakorn'],
    ['Saman Kunan', 'saman-kunan'],
  ])('“%s” is the known actor %s', (text, id) => {
    const found = mentions().filter((m) => m.text === text);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((m) => m.id))).toEqual(new Set([id]));
  });

  it('the Tham Luang cave, Mae Sai and Chiang Rai are places, no actors', () => {
    const places = new Set(file.events.flatMap((e) => e.places));
    for (const id of ['tham-luang', 'chiang-rai']) expect(places).toContain(id);
    const actors = new Set(file.events.flatMap((e) => e.actors));
    for (const id of actors) expect(id).not.toMatch(/tham-luang|chiang-rai|mae-sai/);
  });
});
