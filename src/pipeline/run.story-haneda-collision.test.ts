/**
 * The collision of a Japan Airlines jet with a coast guard plane at Tokyo's Haneda airport on
 * 2 January 2024, told by five outlets in en, nl and de: five of six crew killed, 379 who lived,
 * a prime minister's given name garbled by a machine translation.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('haneda-collision');
}, 60_000);

describe('the Haneda runway collision as five outlets told it', () => {
  it('the collision on Tuesday evening is one event in English and Dutch, with the translation that tells it of "last week"', () => {
    const crash = mostTold(file, 'Crash in Haneda');
    expect(crash?.when.value).toBe('2024-01-02TEV');
    expect(documentsOf(crash)).toEqual(['en_mt_01', 'en_reuters_0102', 'nl_nos_0103', 'nl_volkskrant_01']);
  });

  it("the undated German report of Thursday's flight recorder, which tells the collision in the pluperfect, is dated that Thursday", () => {
    const published = publishedOf(file, 'de_spiegel_undated');
    expect(published).toMatchObject({ date: '2024-01-04', precision: 'day', inferred: true });
  });

  it('the month-only translation of the runway reopened "on Monday" after the collision "last week" is dated that Monday', () => {
    const published = publishedOf(file, 'en_mt_01');
    expect(published).toMatchObject({ date: '2024-01-08', precision: 'day', inferred: true });
  });

  it('the month-only Volkskrant report of the crew who died "op 2 januari" and were remembered "zaterdag" is not read on 2 January: no Saturday of that week is of the story', () => {
    const vk = file.documents.find((d) => d.id === 'nl_volkskrant_01');
    expect(vk?.published).toMatchObject({ date: '2024-01-01', precision: 'month' });
  });

  it('five of the six crew were killed: the six of the whole and the 379 who escaped are no dead', () => {
    const dead = file.events.filter((e) => e.figures.some((f) => f.counts?.includes('killed')));
    expect(dead.flatMap((e) => e.figures.map((f) => f.value))).toEqual([5]);
    expect(documentsOf(dead[0])).toEqual(['de_spiegel_undated', 'en_reuters_0102']);
  });

  it('the translation\'s "Prime Minister Shinzo Kishida" who "had promised … that" is Fumio Kishida\'s statement', () => {
    const kishida = mostTold(file, 'Fumio Kishida makes a statement');
    expect(documentsOf(kishida)).toEqual(['en_mt_01', 'en_reuters_0102']);
    expect(kishida?.when.value).toBe('2024-01-02TEV');
  });
});
