/**
 * The Crocus City Hall attack near Moscow, 22–26 March 2024, told by five outlets in en, nl and
 * de: the gunfire and the fire of Friday evening, the claim, the dead counted 133, 137 and 139 on
 * three days, the arrests, Putin's address, the day of mourning, the suspects before a court on
 * Sunday night, and who said what on Monday and Tuesday. One report is undated (a machine
 * translation calling the Kremlin's spokesman "Dmitry Shostakovich"), one dated only to the month.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('crocus-attack');
}, 60_000);

describe('the Crocus City Hall attack as five outlets told it', () => {
  it.each<[string, string, string[]]>([
    ['Shootings in Krasnogorsk', '2024-03-22', ['de_tagesschau_0324', 'en_reuters_0323']],
    ['Arson attack in Krasnogorsk', '2024-03-22', ['de_tagesschau_0324', 'en_mt_undated']],
    [
      '139 people killed',
      '2024-03-22',
      ['de_tagesschau_0324', 'en_mt_undated', 'en_reuters_0323', 'nl_nos_0325', 'nl_volkskrant_03'],
    ],
    [
      'Islamic State claims responsibility',
      '2024-03-22',
      ['de_tagesschau_0324', 'en_reuters_0323', 'nl_nos_0325', 'nl_volkskrant_03'],
    ],
    ['Vladimir Putin gives a televised address', '2024-03-23', ['de_tagesschau_0324', 'en_reuters_0323']],
    // Declared in Saturday's address ("He declared Sunday a national day of mourning"), held on Sunday.
    ['Vladimir Putin declares national mourning', '2024-03-23', ['en_reuters_0323']],
    // "… hat Russland am Sonntag einen nationalen Trauertag begangen": Russia mourns; it is no place.
    ['Russia holds a day of national mourning', '2024-03-24', ['de_tagesschau_0324']],
    ['Suspect remanded in custody', '2024-03-24', ['en_mt_undated', 'nl_nos_0325']],
    ['Vladimir Putin makes a statement', '2024-03-25', ['en_mt_undated', 'nl_nos_0325']],
    ['Alexander Bortnikov makes a statement', '2024-03-26', ['nl_volkskrant_03']],
    ['Alexander Lukashenko makes a statement', '2024-03-26', ['nl_volkskrant_03']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the rising death toll is kept as a conflict of 133, 137 and 139', () => {
    const conflict = mostTold(file, '139 people killed')?.conflicts.find(
      (c) => c.field === 'figures.people killed',
    );
    expect(conflict?.values.map((v) => v.value)).toEqual([133, 137, 139]);
  });

  it('the attack begun “shortly before 8 p.m. (1700 GMT) on Friday” wounded people that Friday', () => {
    expect(onlyCiting(file, 'More than 140 people were wounded')?.when.start).toBe('2024-03-22T20:00');
  });

  it('the machine translation’s “Kremlin spokesman Dmitry Shostakovich” is Dmitry Peskov', () => {
    expect(onlyCiting(file, 'Dmitry Shostakovich')?.title).toBe('Dmitry Peskov makes a statement');
  });

  it('the arrests of Saturday are one event in English and German: eleven people detained, the four attackers among them, no conflict', () => {
    const arrests = mostTold(file, '11 people arrested');
    expect(arrests?.when.value).toBe('2024-03-23');
    expect(documentsOf(arrests)).toEqual(['de_tagesschau_0324', 'en_reuters_0323']);
    expect(arrests?.figures.map((f) => `${f.value} ${f.counts}`)).toEqual([
      '4 attackers arrested',
      '11 people arrested',
    ]);
    expect(arrests?.conflicts).toEqual([]);
  });

  it('custody “tot 22 mei” dates no remand to 22 May', () => {
    expect(onlyCiting(file, 'tot 22 mei in voorarrest')?.when.start.slice(0, 10)).toBe('2024-03-24');
  });

  it('statements about the attack are no attacks of the days they were made', () => {
    expect(file.events.filter((e) => e.kind === 'attack' && e.when.start >= '2024-03-23')).toEqual([]);
  });

  it.each<[string, string]>([
    ['en_mt_undated', '2024-03-25'],
    ['nl_volkskrant_03', '2024-03-26'],
  ])('the report %s without a day is dated %s from the weekdays it tells', (id, day) => {
    expect(publishedOf(file, id)).toMatchObject({ date: day, precision: 'day', inferred: true });
  });
});
