/**
 * The collapse of Germany's "traffic-light" coalition, November–December 2024, told by ten
 * outlets in en, nl and de over seven weeks: a story of dismissals, resignations, votes and dates
 * set for the future. Lindner's dismissal told by seven reports (one a machine translation that
 * calls him "Christian Lindbergh", one a German relative clause), the FDP's own statement, the
 * agreement of 12 November, the lost confidence vote and the dissolution; the days of an undated
 * and a month-dated report; and no election, vote or dissolution dated on a day it was only
 * planned for.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('ampel-collapse');
}, 60_000);

const titled = (title: string) => mostTold(file, title);
const citing = (words: string) => onlyCiting(file, words);

describe('the collapse of the Ampel coalition as ten outlets told it', () => {
  it.each<[string, string, string[]]>([
    [
      'Christian Lindner dismissed',
      '2024-11-06',
      [
        'de_tagesschau_1107',
        'de_zdf_undated',
        'en_guardian_1129',
        'en_mt_1228',
        'en_reuters_1107',
        'nl_nos_1107',
        'nl_volkskrant_month',
      ],
    ],
    ['FDP makes a statement', '2024-11-06', ['de_tagesschau_1107', 'en_reuters_1107']],
    ['Volker Wissing leaves the party', '2024-11-07', ['de_tagesschau_1107']],
    ['Bijan Djir-Sarai announces resignation', '2024-11-29', ['de_zdf_undated', 'en_guardian_1129']],
    [
      'Olaf Scholz loses a confidence vote',
      '2024-12-16',
      ['en_ap_1216', 'en_mt_1228', 'nl_nrc_1227', 'nl_volkskrant_month'],
    ],
    ['Frank-Walter Steinmeier dissolves parliament', '2024-12-27', ['en_mt_1228', 'nl_nrc_1227']],
    ['Frank-Walter Steinmeier makes a statement', '2024-12-27', ['en_mt_1228', 'nl_nrc_1227']],
  ])('“%s” on %s, told by %j', (title, start, docs) => {
    const e = titled(title);
    expect(e?.when.start.slice(0, start.length)).toBe(start);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the machine translation’s “Christian Lindbergh” is Christian Lindner, dismissed, not Scholz', () => {
    const e = citing('Christian Lindbergh');
    expect(e?.title).toBe('Christian Lindner dismissed');
  });

  it('SPD and Union agreeing “am Dienstag” on the dates is an agreement of Tuesday 12 November', () => {
    const e = citing('haben sich SPD und Union am Dienstag geeinigt');
    expect(e?.kind).toBe('agreement');
    expect(e?.when.start).toBe('2024-11-12');
  });

  it('an agreement “on the February election date” is not dated to a February', () => {
    const e = citing('agreed on the February election date');
    expect(e?.when.start.slice(0, 7)).not.toBe('2024-02');
  });

  it('no event is dated on the election day ahead, and no dissolution before it happened', () => {
    expect(file.events.filter((e) => e.when.start.startsWith('2025-02-23'))).toEqual([]);
    const besluiten = file.events.filter((e) =>
      e.sources.some((s) => s.sentence.includes('moet binnen 21 dagen')),
    );
    expect(besluiten).toEqual([]);
    const dissolutions = file.events.filter((e) => e.kind === 'parliament-dissolved');
    expect(dissolutions.map((e) => e.when.start)).toEqual(['2024-12-27']);
  });

  it('no event is titled as if Scholz had been dismissed', () => {
    expect(file.events.map((e) => e.title)).not.toContain('Olaf Scholz dismissed');
  });

  it.each([
    ['de_zdf_undated', '2024-11-29', 'day'],
    ['nl_volkskrant_month', '2024-12-16', 'day'],
  ])('the report %s is dated %s, inferred', (id, day, precision) => {
    expect(publishedOf(file, id)).toMatchObject({ date: day, precision, inferred: true });
  });
});
