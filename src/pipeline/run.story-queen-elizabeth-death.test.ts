/**
 * The death of Queen Elizabeth II at Balmoral on Thursday 8 September 2022 and the days up to her
 * funeral on Monday 19 September, told by five files in en, nl and de: a Reuters wire of the
 * evening of the death with its date glued to the headline, an undated NOS report of the
 * proclamation of Charles III ("Twee dagen na de dood van zijn moeder"), a Spiegel report of the
 * queue to Westminster Hall dated only "2022-09", a machine translation of a German agency report
 * of the funeral day (with "Frank-Walter Stone Mayor" and "Emperor Hirohito"), and a recap of 30
 * September built on the death certificate ("died at 3.10pm on 8 September").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { allCiting, documentsOf, mostTold, onlyCiting, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('queen-elizabeth-death');
}, 60_000);

const WIRE = '01_reuters_queen-dies';
const NOS = '02_nos_proclamatie';
const SPIEGEL = '03_spiegel_warteschlange';
const MT = '04_newsflash24_funeral-mt';
const RECAP = '05_independent_recap-death-certificate';

const titled = (title: string) => mostTold(file, title);

describe('the death of Queen Elizabeth II as five files told it', () => {
  it.each<[string, string]>([
    [WIRE, '2022-09-08'],
    [MT, '2022-09-19'],
    [RECAP, '2022-09-30'],
  ])('the report %s is dated %s, as it says itself', (id, day) => {
    const doc = file.documents.find((d) => d.id === id);
    expect(doc?.published).toMatchObject({ date: day, precision: 'day', inferred: false });
  });

  it('the undated NOS report, “Twee dagen na de dood van zijn moeder”, is of Saturday 10 September, two days after the death', () => {
    const doc = file.documents.find((d) => d.id === NOS);
    expect(doc?.published).toMatchObject({ date: '2022-09-10', precision: 'day', inferred: true });
    expect(doc?.published.reason).toContain('2 days after 2022-09-08 as its opening counts');
  });

  it('the King’s address of “Gisteravond” in the NOS report is of Friday 9 September', () => {
    expect(onlyCiting(file, 'Hij beloofde zijn moeder te volgen')?.when.start.slice(0, 10)).toBe(
      '2022-09-09',
    );
  });

  it('the Spiegel report, which leads with “Am Samstagmorgen”, is not dated from the recap of Friday 30 September', () => {
    const doc = file.documents.find((d) => d.id === SPIEGEL);
    expect(doc?.published.date.slice(0, 7)).toBe('2022-09');
    expect(doc?.published.date).not.toBe('2022-09-30');
  });

  it.each<[string, string, string[]]>([
    ['Queen Elizabeth II dies', '2022-09-08', [WIRE, NOS]],
    // "On Tuesday she appointed Liz Truss", "Dinsdag had de koningin … Liz Truss benoemd".
    ['Liz Truss appointed prime minister', '2022-09-06', [WIRE, NOS]],
    // "died in April last year" and "who died in April of last year", written in 2022: April 2021.
    ['Philip dies', '2021-04-01', [WIRE, MT]],
    ['Prince William arrives in Aberdeen', '2022-09-08', [WIRE]],
    ['Funeral in United Kingdom', '2022-09-19', [RECAP]],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = titled(title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the Queen died at Balmoral, and the death certificate’s 3.10pm is kept', () => {
    expect(titled('Queen Elizabeth II dies')?.places).toContain('balmoral-castle');
    expect(titled('Queen Elizabeth II dies')?.actors).toContain('elizabeth-ii');
    const times = allCiting(file, 'The Queen died at 3.10pm on 8 September').map((e) => e.when.start);
    expect(times).toContain('2022-09-08T15:10');
  });

  it('the statement “issued at 1830 BST (1730 GMT)” dates nothing in the year 1830', () => {
    expect(file.events.filter((e) => e.when.start.startsWith('1830'))).toEqual([]);
  });

  it('those who flew to Aberdeen are named, and none of them died “some 40 minutes after she had died”', () => {
    expect(titled('Prince William arrives in Aberdeen')?.actors).toEqual(
      expect.arrayContaining(['prince-william', 'prince-andrew', 'prince-edward']),
    );
    const flight = onlyCiting(file, 'some 40 minutes after she had died');
    expect(flight?.title).not.toMatch(/Prince|Wessex|York/);
  });

  it('the funeral of Queen Victoria in 1901 is hers, not Queen Elizabeth’s', () => {
    const victoria = onlyCiting(file, 'the funeral of Queen Victoria in 1901');
    expect(victoria?.title).toBe('Funeral of Queen Victoria');
    expect(victoria?.actors).not.toContain('elizabeth-ii');
  });

  it('the oath to protect “de Kerk van Schotland” names the Church of Scotland', () => {
    expect(onlyCiting(file, 'Kerk van Schotland')?.actors).toEqual(['church-of-scotland']);
  });

  it('the arrest in Westminster Hall is not put on the day of the recap', () => {
    const arrest = onlyCiting(file, 'der Mann sei nach dem Public Order Act festgenommen worden');
    expect(arrest?.when.start.slice(0, 10)).not.toBe('2022-09-30');
  });
});
