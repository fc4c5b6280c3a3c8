/**
 * A folder holding several stories years apart (the Ahr floods of 2021, the Derna floods and the
 * Turkey–Syria earthquake of 2023, Belarus's protests of 2020, the Magdeburg attack of 2024, the
 * Pahalgam attack and Myanmar's earthquake of 2025, Peru's crisis of 2022, the riots in Brasília of
 * 2023 and the arrests after Venezuela's election of 2024, the riots in France of 2023 and in New
 * Caledonia of 2024, Kazakhstan's unrest of 2022, Navalny's death of 2024, the fires of Los Angeles
 * of 2025) and stories of the same weeks (the shooting at Butler and Bangladesh's unrest,
 * Southport's riots and Venezuela's protests, in July 2024; the Novi Sad canopy and the Valencia
 * floods, in November 2024), run as one: each undated report is dated within its own story, not
 * from a report of another that shares a few names or figures with it, and no event joins reports
 * of two stories.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { runPipeline } from './run.ts';
import { publishedOf, STORIES_DIR } from './story-fixtures.ts';

const STORIES = [
  'ahr-floods',
  'bangladesh-resignation',
  'belarus-protests',
  'brasilia-riots',
  'butler-shooting',
  'derna-floods',
  'kazakhstan-unrest',
  'la-wildfires',
  'magdeburg-attack',
  'myanmar-quake',
  'nahel-riots',
  'navalny-death',
  'new-caledonia-unrest',
  'novi-sad-collapse',
  'pahalgam-attack',
  'peru-crisis',
  'southport-riots',
  'turkey-quake',
  'valencia-floods',
  'venezuela-election',
];

let dir = '';
let file: EventFile;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mixed-folder-'));
  for (const story of STORIES)
    for (const name of readdirSync(join(STORIES_DIR, story)))
      copyFileSync(join(STORIES_DIR, story, name), join(dir, `${story}__${name}`));
  file = (await runPipeline({ inDir: dir, dataDir: 'data' })).file;
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const published = (id: string) => publishedOf(file, id);

describe('a folder of several stories', () => {
  it.each<[string, string, string]>([
    [
      'a dateline without a year is read in the year of its own story, not the folder’s median',
      'ahr-floods__en_reuters_0718',
      '2021-07-18',
    ],
    [
      'an undated translation is dated within its own story, not by another story’s first day',
      'derna-floods__en_mt_undated',
      '2023-09',
    ],
    ['an undated German report is dated within its own story', 'magdeburg-attack__de_undated', '2024-12'],
    [
      'an undated translation is not dated by the first day of a story years before',
      'pahalgam-attack__en_mt_undated',
      '2025-0',
    ],
    [
      'the ceasefire on Saturday that Pahalgam’s reports date 10 May dates the undated translation that tells it',
      'pahalgam-attack__en_mt_undated',
      '2025-05-10',
    ],
    [
      "the sanctions after Navalny's death are dated by Navalny's reports, not lost among other stories' sanctions",
      'navalny-death__en_mt_undated',
      '2024-02-23',
    ],
    [
      "Peru's twenty dead top the eighteen of 16 December, not a count of another story",
      'peru-crisis__en_mt_undated',
      '2022-12-17',
    ],
    [
      "Kazakhstan's 10,000 arrests top the 9,900 of 11 January",
      'kazakhstan-unrest__de_dpa_0118',
      '2022-01-11',
    ],
    [
      "the 29 dead of the Los Angeles fires are counted against the fires' own tolls",
      'la-wildfires__en_latimes_undated',
      '2025-01-31',
    ],
    [
      'seven dead in New Caledonia follow the six of 21 May, not the dead of another story that month',
      'new-caledonia-unrest__nl_nrc_05',
      '2024-05-27',
    ],
  ])('%s', (_, id, date) => {
    expect(published(id)?.date.startsWith(date)).toBe(true);
  });

  // "ruim 1200 mensen zijn opgepakt" after Venezuela's election is no count of Brasília's arrests
  // 19 months before, nor Darmanin's arrests in Nouméa of those in France a year before; nor are
  // Southport's "ruim 480 mensen opgepakt" Venezuela's 749 that week, Butler's two dead part of
  // Bangladesh's toll, Novi Sad's eleven arrests Valencia's 39 for looting, or the ceasefire India
  // and Pakistan agreed the one Myanmar's rebels declared after the earthquake.
  it('no event cites reports of two of these stories', () => {
    const mixed = file.events.filter(
      (e) => new Set(e.sources.map((s) => s.document.split('__')[0])).size > 1,
    );
    expect(mixed.map((e) => e.title)).toEqual([]);
  });
});
