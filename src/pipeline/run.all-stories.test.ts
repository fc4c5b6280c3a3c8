/**
 * Every story folder of fixtures/stories (474 reports of eighty-five stories) run as one folder, as
 * a user drops a folder that mixes stories: an undated report is dated as in its own story's
 * folder, not from a report of another story that shares a few words with it (Haneda's collision
 * read in Sudan's evacuation, Microsoft's outage in Peru's crisis), and a name all the reports of
 * a story share weighs as it does in the story's own folder.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { runPipeline } from './run.ts';
import { publishedOf, STORIES_DIR } from './story-fixtures.ts';

let dir = '';
let file: EventFile;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'all-stories-'));
  for (const story of readdirSync(STORIES_DIR))
    for (const name of readdirSync(join(STORIES_DIR, story)))
      copyFileSync(join(STORIES_DIR, story, name), join(dir, `${story}__${name}`));
  file = (await runPipeline({ inDir: dir, dataDir: 'data' })).file;
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const published = (id: string) => publishedOf(file, id);

describe('a folder of all the stories', () => {
  it.each<[string, string, string, 'day' | 'month']>([
    [
      'Haneda’s undated Spiegel report is dated in the days after the collision, not in Sudan’s evacuation of April 2023',
      'haneda-collision__de_spiegel_undated',
      '2024-01-04',
      'day',
    ],
    [
      'the undated Tagesschau report of Microsoft’s outage is dated the day after it, not in Peru’s crisis of December 2022',
      'it-outage__de_tagesschau_undated',
      '2024-07-20',
      'day',
    ],
    [
      'Air India’s undated translation, which tells Thursday’s crash, Friday and Monday as past, is dated that Monday',
      'air-india-crash__en_mt_undated',
      '2025-06-16',
      'day',
    ],
    [
      'mpox’s undated translation, which tells last week’s emergency, is dated the Monday after it',
      'mpox-emergency__en_mt_undated',
      '2024-08-19',
      'day',
    ],
    [
      'Sudan’s undated translation is dated on the Friday its weekdays tell, not a week later',
      'sudan-evacuation__en_mt_undated',
      '2023-04-21',
      'day',
    ],
    [
      'Navalny’s undated translation is dated in February 2024, not in the Wagner mutiny’s June 2023',
      'navalny-death__en_mt_undated',
      '2024-02-01',
      'month',
    ],
  ])('%s', (_, id, date, precision) => {
    expect(published(id)).toMatchObject({ date, precision });
  });
});
