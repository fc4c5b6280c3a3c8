/**
 * The canopy of Novi Sad's railway station and the protests after it, November 2024 to January
 * 2025, told by six outlets in en, nl and de: the collapse and its dead told in English and Dutch
 * are one event each, a minister's resignation, and Belgrade however it is spelled.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('novi-sad-collapse');
}, 60_000);

describe('the Novi Sad station collapse as six outlets told it', () => {
  it.each<[string, string, string[]]>([
    ['Collapse in Novi Sad', '2024-11-01', ['en_reuters_1101', 'nl_nos_1105']],
    ['14 people killed', '2024-11-01', ['en_reuters_1101', 'nl_nos_1105']],
    ['Goran Vesić resigns', '2024-11-05', ['nl_nos_1105']],
    ['Protests in Belgrade', '2024-11-24', ['de_tagesschau_1124']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the protest of Monday evening in Novi Sad is dated Monday 4 November', () => {
    expect(onlyCiting(file, 'Gisteravond gingen in Novi Sad')?.when.start).toBe('2024-11-04');
  });

  it('Belgrado and Belgrad are Belgrade', () => {
    expect(file.places.map((p) => p.id)).toContain('belgrade');
    expect(file.events.map((e) => e.title)).not.toContain('Tens of thousands of people protest in Belgrado');
  });

  it('commemorating the dead on a Sunday kills no one that day', () => {
    const sunday = file.events.filter((e) => e.when.start.startsWith('2024-11-24'));
    expect(sunday.map((e) => e.title)).not.toContain('People killed');
  });
});
