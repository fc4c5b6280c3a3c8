/**
 * The attempt on Donald Trump's life at a rally in Butler, Pennsylvania, on 13 July 2024 and its
 * aftermath, told by five outlets in en, nl and de: Trump hit in the ear, a spectator killed, the
 * shooter named by the FBI, the Secret Service director's testimony and resignation, the FBI
 * director's hearing; a month-only report read on the day of the hearing it opens with, an undated
 * machine translation that calls the director "Kimberly Guilfoyle", and a service that "tekort was
 * geschoten" without a shot.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('butler-shooting');
}, 60_000);

describe('the Butler shooting as five outlets told it', () => {
  it.each<[string, string, string[]]>([
    ['Donald Trump injured', '2024-07-13', ['de_tagesschau_0723', 'en_reuters_0714', 'nl_nos_0714']],
    ['Bystander killed', '2024-07-13', ['de_tagesschau_0723', 'en_reuters_0714', 'nl_nos_0714']],
    ['Shots fired', '2024-07-13', ['en_reuters_0714', 'nl_nos_0714']],
    ['Joe Biden holds talks with Donald Trump', '2024-07-13', ['en_reuters_0714', 'nl_nos_0714']],
    ['Corey Comperatore identified', '2024-07-14', ['en_reuters_0714']],
    ['Kimberly Cheatle testifies', '2024-07-22', ['de_tagesschau_0723', 'en_mt_undated']],
    ['Kimberly Cheatle resigns', '2024-07-23', ['de_tagesschau_0723', 'nl_volkskrant_07']],
    ['Christopher Wray testifies', '2024-07-24', ['nl_volkskrant_07']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the shooter named in English and Dutch is one event, “vannacht” and “on Sunday” agreeing: the night runs into the Sunday', () => {
    const e = mostTold(file, 'Thomas Matthew Crooks identified');
    expect(documentsOf(e)).toEqual(['en_reuters_0714', 'nl_nos_0714']);
    expect(e?.conflicts.map((c) => c.field)).not.toContain('when');
    expect(e?.places).toContain('pittsburgh');
  });

  it('the month-only report is read on the Wednesday of the hearing it opens with', () => {
    const published = publishedOf(file, 'nl_volkskrant_07');
    expect(published).toMatchObject({ date: '2024-07-24', precision: 'day', inferred: true });
  });

  it('the undated report of Monday’s hearing is read before the week after it', () => {
    const published = publishedOf(file, 'en_mt_undated');
    expect(published?.inferred).toBe(true);
    expect(['2024-07-22', '2024-07-23']).toContain(published?.date);
  });

  it('the machine translation’s “Secret Service Director Kimberly Guilfoyle” is Kimberly Cheatle', () => {
    expect(onlyCiting(file, 'Kimberly Guilfoyle')?.actors).toContain('cheatle');
    expect(file.actors.map((a) => a.name).join(' ')).not.toContain('Guilfoyle');
  });

  it('Biden’s call for unity on Sunday is no statement of Saturday night', () => {
    expect(onlyCiting(file, 'riep Biden in het Witte Huis')?.when.start.slice(0, 10)).toBe('2024-07-14');
  });

  it('a service that “tekort was geschoten” fired no shot, and no attack is dated before the rally', () => {
    expect(file.events.filter((e) => e.sources.some((s) => s.sentence.includes('tekort')))).toEqual([]);
    expect(file.events.filter((e) => e.when.start < '2024-07-13' && e.when.value !== 'PAST_REF')).toEqual([]);
  });
});
