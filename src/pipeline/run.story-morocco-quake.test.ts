/**
 * The earthquake in Morocco's High Atlas of 8 September 2023, told by three outlets in en, nl and
 * de over its first three days: the quake at 23:11 on Friday evening, the toll rising from 820 to
 * 2,497, the king's emergency meeting and national mourning, the rescue teams sent, the aftershock
 * that shook Moulay Brahim on Sunday, and who said what (the USGS, the residents of Marrakech).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('morocco-quake');
}, 60_000);

describe('the Morocco earthquake as three outlets told it', () => {
  it.each<[string, string, string, string[]]>([
    [
      'Earthquake in Morocco',
      '2023-09-08T23:11',
      '2023-09-08T23:11',
      ['de_spiegel_0911', 'en_reuters_0909', 'nl_nos_0910'],
    ],
    ['Mohammed VI holds emergency meeting', '2023-09-09', '2023-09-09', ['nl_nos_0910']],
    // "Koning Mohammed VI heeft drie dagen van nationale rouw afgekondigd", told undated after the
    // quake of Friday evening: declared after it, not in the week before the report.
    ['Mohammed VI declares national mourning', '2023-09-08', '2023-09-10', ['nl_nos_0910']],
    ['Spain sends rescue teams', '2023-09-08', '2023-09-11', ['de_spiegel_0911']],
    // "Am Sonntag wurde das Dorf Moulay Brahim von einem Nachbeben der Stärke 3,9 erschüttert".
    ['Aftershock in Moulay Brahim', '2023-09-10', '2023-09-10', ['de_spiegel_0911']],
  ])('“%s” from %s to %s, told by %j', (title, start, end, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start).toBe(start);
    expect(e?.when.end).toBe(end);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('"A powerful earthquake in Morocco killed 820 people, authorities said on Saturday": the dead died in the quake of Friday 23:11, Saturday is the day of the count', () => {
    const toll = citing('auf 2497 gestiegen');
    expect(toll?.when.start).toBe('2023-09-08T23:11');
    const counts = toll?.conflicts.find((c) => c.field === 'figures.people killed')?.values;
    expect(counts?.map((v) => [v.value, v.reported])).toEqual([
      [820, '2023-09-09'],
      [2012, '2023-09-10'],
      [2497, '2023-09-11'],
    ]);
  });

  it('"The interior ministry said at least 672 people were injured": the ministry gave the count, it hurt no one', () => {
    const injured = onlyCiting(file, 'at least 672 people were injured');
    expect(injured?.title).toBe('More than 2,400 people injured');
    expect(injured?.actors).toEqual([]);
  });

  it('the toll names the provinces where most died', () => {
    const toll = citing('auf 2497 gestiegen');
    expect(toll?.places).toEqual(expect.arrayContaining(['al-haouz', 'taroudant-province']));
    const sentences = toll?.sources.map((s) => s.sentence).join(' | ');
    expect(sentences).toContain('killed 820 people');
    expect(sentences).toContain('gestegen tot 2012');
  });

  it.each<[string, string, string[], string[]]>([
    [
      '“…, the U.S. Geological Survey said” is the USGS speaking',
      'U.S. Geological Survey makes a statement',
      ['usgs'],
      [],
    ],
    [
      '“Residents of Marrakech said …” is the residents speaking, in Marrakech',
      'Residents make a statement',
      [],
      ['marrakesh'],
    ],
  ])('%s', (_, title, actors, places) => {
    const e = mostTold(file, title);
    expect(e?.actors).toEqual(actors);
    expect(e?.places).toEqual(places);
  });

  it('no event is a statement without its speaker', () => {
    expect(file.events.filter((e) => e.title === 'Statement issued')).toEqual([]);
  });

  it('the agency that told of the quake did nothing in it, nor did a city', () => {
    expect(mostTold(file, 'Earthquake in Morocco')?.actors).toEqual([]);
  });

  it('the king is known, and no city is taken for someone', () => {
    expect(mostTold(file, 'Mohammed VI holds emergency meeting')?.actors).toEqual(['mohammed-vi']);
    expect(file.events.flatMap((e) => e.actors).filter((a) => a.startsWith('name:'))).toEqual([]);
  });
});

const citing = (words: string) => onlyCiting(file, words);
