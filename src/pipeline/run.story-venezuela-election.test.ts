/**
 * Venezuela's disputed election of July 2024 and its aftermath, told by five outlets in en, nl and
 * de: the winner declared, the protests and arrests, the warrant for the opposition candidate.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('venezuela-election');
}, 60_000);

describe('the Venezuelan election as five outlets told it', () => {
  it.each<[string, string, string[]]>([
    ['Nicolás Maduro declared the winner', '2024-07-29', ['en_ap_0730', 'nl_nos_0802']],
    ['Venezuela expels diplomats', '2024-07-29', ['en_ap_0730']],
    // "Saab said on Tuesday that 749 people had been arrested"; Maduro's "ruim 1200" of the 2nd is a later count.
    ['749 people arrested', '2024-07-30', ['en_ap_0730']],
    ['More than 1,200 people arrested', '2024-07-26', ['nl_nos_0802']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the German warrant of Monday names the candidate without the title declined before him', () => {
    const warrant = file.events.find(
      (e) => e.title === 'Arrest warrant issued' && documentsOf(e).includes('de_spiegel_0903'),
    );
    expect(warrant?.when.start).toBe('2024-09-02');
    expect(warrant?.actors).toContain('name:edmundo-gonzalez');
  });

  it('the undated translation is dated by the warrant it tells of "last week", which the German report dates', () => {
    const published = publishedOf(file, 'en_mt_undated');
    expect(published).toMatchObject({ date: '2024-09-09', precision: 'day', inferred: true });
    const landed = mostTold(file, 'Edmundo González arrives in Spain');
    expect(landed?.when.start.slice(0, 10)).toBe('2024-09-08');
  });

  it('the electoral council declaring the winner is no statement of its own', () => {
    const council = file.events.filter((e) =>
      e.sources.some((s) => s.sentence.includes('declared President')),
    );
    expect(council.map((e) => e.title)).toContain('Nicolás Maduro declared the winner');
    expect(council.filter((e) => e.title.includes('statement'))).toEqual([]);
  });
});
