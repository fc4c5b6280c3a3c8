/**
 * The Southport stabbing of 29 July 2024 and the riots across England after it, told by five
 * outlets in en, nl and de: the attack and its dead, the riots of Southport, Hartlepool, Sunderland,
 * Liverpool and Rotherham each on its own day, an undated translation that tells the attack "a
 * week ago", and the sources' counts of injured police.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('southport-riots');
}, 60_000);

describe('the Southport riots as five outlets told them', () => {
  it.each<[string, string, string[]]>([
    ['3 people killed in attack in Southport', '2024-07-29', ['en_mt_undated', 'nl_nos_0731']],
    ['One person killed in Southport', '2024-07-30', ['en_reuters_0730']],
    ['Keir Starmer visits', '2024-07-30', ['en_reuters_0730']],
    ['Riots in Southport', '2024-07-30', ['nl_nos_0731']],
    ['Crowd pelts mosque', '2024-07-30', ['nl_nos_0731']],
    ['Attack in Hartlepool', '2024-07-31', ['de_tagesschau_0801']],
    ['Charges brought', '2024-08-01', ['de_tagesschau_0801']],
    ['Arson attack in Sunderland', '2024-08-02', ['en_mt_undated']],
    ['Riots in Liverpool', '2024-08-03', ['en_mt_undated']],
    ['Riots in Rotherham', '2024-08-04', ['en_mt_undated']],
    ['Keir Starmer gives a televised address', '2024-08-04', ['en_mt_undated']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the riot of Wednesday evening, told as happening again, is not the Southport riot of Tuesday', () => {
    const wednesday = onlyCiting(file, 'Am Mittwochabend hatte es erneut');
    expect(wednesday?.when.start.slice(0, 10)).toBe('2024-07-31');
    expect(wednesday?.id).not.toBe(mostTold(file, 'Riots in Southport')?.id);
  });

  it('the undated translation that tells the attack “a week ago” is dated the Monday a week after it', () => {
    const published = publishedOf(file, 'en_mt_undated');
    expect(published).toMatchObject({ date: '2024-08-05', precision: 'day', inferred: true });
  });

  it('the police injured in the Southport riot are 39 to one source and more than 50 to another', () => {
    const e = mostTold(file, 'More than 50 police and soldiers injured');
    expect(documentsOf(e)).toEqual(['de_tagesschau_0801', 'nl_nos_0731']);
    const counts = e?.conflicts.find((c) => c.field === 'figures.police and soldiers injured');
    expect(counts?.values.map((v) => v.value)).toEqual([39, 50]);
  });

  it('the 480 arrested “inmiddels” across the country are no rival count of the 150 arrested over the weekend', () => {
    const weekend = onlyCiting(file, 'around 150 people were arrested over the weekend');
    const total = onlyCiting(file, 'inmiddels ruim 480 mensen opgepakt');
    expect(total?.id).not.toBe(weekend?.id);
    expect(weekend?.conflicts).toEqual([]);
    expect(total?.conflicts).toEqual([]);
  });

  it('the dance class themed on a singer makes her no victim, and the 17-year-old is no count of 17', () => {
    expect(file.events.map((e) => e.title)).not.toContain('Taylor Swift dies');
    expect(mostTold(file, 'Charges brought')?.figures).toEqual([]);
  });
});
