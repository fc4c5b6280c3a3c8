/**
 * The death of Alexei Navalny in an Arctic penal colony, February–March 2024, told by five outlets
 * in en, nl and de: the death on Friday 16 February, the arrests at memorials (a count that rose
 * from 366 to more than 400), the mother's Thursday words, the sanctions of 23 February, the body
 * handed over on the 24th and the funeral in Moscow on Friday 1 March; an undated machine
 * translation that calls Chancellor Scholz "Olaf Schubert", and a month-only report read on the
 * day of the funeral.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('navalny-death');
}, 60_000);

const citing = (words: string) => onlyCiting(file, words);

describe('the death of Alexei Navalny as five outlets told it', () => {
  it.each<[string, string, string[]]>([
    [
      'Alexei Navalny dies',
      '2024-02-16',
      ['de_tagesschau_0224', 'en_reuters_0216', 'nl_nos_0218', 'nl_volkskrant_03'],
    ],
    ['Hundreds of people arrested', '2024-02-16', ['nl_nos_0218']],
    ['Lyudmila Navalnaya makes a statement', '2024-02-22', ['de_tagesschau_0224', 'en_mt_undated']],
    ['European Union imposes sanctions on Russia', '2024-02-23', ['de_tagesschau_0224', 'en_mt_undated']],
    ['United States imposes sanctions', '2024-02-23', ['de_tagesschau_0224', 'en_mt_undated']],
    ['Body of Alexei Navalny handed over', '2024-02-24', ['de_tagesschau_0224']],
    ['Funeral of Alexei Navalny', '2024-03-01', ['nl_volkskrant_03']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the headline above the Reuters dateline is its title, and Navalny, not Putin, dies in its lede', () => {
    expect(file.documents.find((d) => d.id === 'en_reuters_0216')?.title).toBe(
      'Kremlin critic Alexei Navalny dies in Arctic penal colony, prison service says',
    );
    expect(citing('the most prominent opponent of Russian President Vladimir Putin, died')?.title).toBe(
      'Alexei Navalny dies',
    );
  });

  it('OVD-Info’s 366 arrested, told on the 18th, and its more than 400, told on the 24th, are the counts of their days', () => {
    const early = file.events.filter((e) => e.kind === 'arrest' && e.figures.some((f) => f.value === 366));
    const late = file.events.filter((e) => e.kind === 'arrest' && e.figures.some((f) => f.value === 400));
    expect(early.map((e) => e.when.end)).toEqual(['2024-02-16']);
    expect(late.map((e) => [e.when.start, e.when.end])).toEqual([['2024-02-17', '2024-02-24']]);
    expect(early[0]?.conflicts).toEqual([]);
  });

  it('the undated translation is dated Friday 23 February, the day of the sanctions it tells', () => {
    const published = publishedOf(file, 'en_mt_undated');
    expect(published).toMatchObject({ date: '2024-02-23', precision: 'day', inferred: true });
  });

  it('the month-only report of the funeral “vrijdag” is dated Friday 1 March', () => {
    const published = publishedOf(file, 'nl_volkskrant_03');
    expect(published).toMatchObject({ date: '2024-03-01', precision: 'day', inferred: true });
  });

  it('the machine translation’s “Chancellor Olaf Schubert” is Olaf Scholz', () => {
    const e = citing('German Chancellor Olaf Schubert welcomed the decisions');
    expect(e?.title).toBe('Olaf Scholz makes a statement');
    expect(file.actors.map((a) => a.name).join(' ')).not.toContain('Schubert');
  });

  it('the penal colony “where Navalny died” tells no second death on the day of the British sanctions', () => {
    expect(citing('six heads of the penal colony where Navalny died')?.title).toBe(
      'United Kingdom imposes sanctions',
    );
  });

  it('a burial the investigators threatened (“wenn sie nicht einer geheimen Beerdigung zustimme”) is no funeral', () => {
    expect(file.events.filter((e) => e.kind === 'funeral').map((e) => e.when.start)).toEqual(['2024-03-01']);
  });

  it('what Scholz said of the sanctions is his statement, not a measure of Berlin', () => {
    expect(citing('The sanctions increased the pressure on Moscow')?.title).toBe(
      'Olaf Scholz makes a statement',
    );
  });

  it('the widow absent from the funeral is cited under his funeral, not a second one', () => {
    const e = citing('was niet bij de uitvaart');
    expect(e?.title).toBe('Funeral of Alexei Navalny');
    expect(e?.when.start).toBe('2024-03-01');
  });
});
