/**
 * The fire of Notre-Dame de Paris, 15 April 2019, told by six outlets in en, nl and de over four
 * days: one fire however few of its reports name the cathedral, the fire put out the next morning,
 * the money pledged for rebuilding, and the days of an undated and a month-dated report.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('notre-dame-fire');
}, 60_000);

const titled = (title: string) => mostTold(file, title);
const citing = (words: string) => onlyCiting(file, words);

describe('the Notre-Dame fire as six outlets told it', () => {
  it.each<[string, string, string[]]>([
    [
      'Fire in Paris',
      '2019-04-15T18:50',
      ['de_tagesschau_0416', 'en_bbc_undated', 'en_reuters_0415', 'nl_nos_0416'],
    ],
    ['François-Henri Pinault promises aid', '2019-04-16', ['de_tagesschau_0416']],
    ['Édouard Philippe makes a statement', '2019-04-17', ['de_spiegel_0417', 'en_ap_0419']],
  ])('“%s” on %s, told by %j', (title, start, docs) => {
    const e = titled(title);
    expect(e?.when.start.slice(0, start.length)).toBe(start);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the lede’s fire in Paris (“A huge fire swept through … causing its spire to collapse”) is the fire that broke out at 6:50 p.m.', () => {
    const fire = file.events.find(
      (e) => e.title.startsWith('Fire') && e.sources.some((s) => s.sentence.includes('A huge fire swept')),
    );
    expect(fire?.title).toBe('Fire in Paris');
    expect(fire?.sources.some((s) => s.sentence.startsWith('The fire broke out at about 6:50'))).toBe(true);
    expect(fire?.sources.some((s) => s.sentence.startsWith('Around 400 firefighters'))).toBe(true);
  });

  it('the fire put out the next morning is one event, whether gelöscht, geblust or unter Kontrolle gebracht', () => {
    const out = citing('vollständig gelöscht');
    expect(out?.title.startsWith('Fire extinguished')).toBe(true);
    expect(out?.when.start).toBe('2019-04-16');
    expect(documentsOf(out)).toEqual(['de_spiegel_0417', 'de_tagesschau_0416', 'nl_nos_0416']);
  });

  it('the spire collapsing an hour after the fire broke out is told by Reuters and NOS', () => {
    const collapse = file.events.find((e) =>
      e.sources.some((s) => s.sentence.includes('De spits stortte in')),
    );
    expect(collapse?.when.start).toBe('2019-04-15T19:50');
    expect(documentsOf(collapse)).toEqual(['en_reuters_0415', 'nl_nos_0416']);
  });

  it('the 700 million pledged so far ("Inmiddels is al ruim 700 miljoen euro toegezegd") is no part of Pinault’s 100 million', () => {
    const total = citing('700 miljoen euro');
    expect(total?.title).toBe('Aid promised');
    expect(total?.conflicts).toEqual([]);
    expect(documentsOf(total)).toEqual(['nl_nos_0416']);
  });

  it('titles the fire put out by the cathedral’s name, not the German “Pariser Kathedrale Notre-Dame”', () => {
    expect(citing('vollständig gelöscht')?.title).toBe('Fire extinguished in Notre-Dame');
  });

  it('the cathedral says nothing: “Dat zei hij vanavond” after “de Notre-Dame” borrows no building as speaker', () => {
    expect(file.events.filter((e) => e.title === 'Notre-Dame makes a statement')).toEqual([]);
  });

  it.each([
    ['en_bbc_undated', '2019-04-16'],
    ['de_spiegel_0417', '2019-04-17'],
  ])('the report %s is dated %s, inferred', (id, day) => {
    expect(publishedOf(file, id)).toMatchObject({ date: day, inferred: true });
  });
});
