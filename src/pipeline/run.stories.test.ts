/**
 * Seven more stories the seeds never touch, each told by three to five outlets in en, nl and de
 * (Kenya's finance-bill protests, the CrowdStrike outage, the Magdeburg market attack, Romania's
 * annulled election, storm Ciarán, the Boeing 737 Max 9 grounding, the pager blasts in Lebanon),
 * each run through the whole pipeline as a folder of its own: the events a reader of the articles
 * expects, on the right day, citing every report, and the days inferred for undated reports.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { runPipeline } from './run.ts';

const ROOT = join(import.meta.dirname, 'fixtures', 'stories');
const files = new Map<string, EventFile>();

beforeAll(async () => {
  for (const story of readdirSync(ROOT)) {
    const { file } = await runPipeline({ inDir: join(ROOT, story), dataDir: 'data' });
    files.set(story, file);
  }
}, 60_000);

function event(story: string, title: string) {
  return files.get(story)?.events.find((e) => e.title === title);
}

describe('events of stories told by several outlets', () => {
  it.each<[string, string, string, string[]]>([
    ['kenya-protests', 'Parliament passes the law', '2024-06-25', ['en_reuters_0625', 'nl_nos_0625']],
    ['kenya-protests', 'Arson attack', '2024-06-25', ['en_reuters_0625', 'nl_nos_0625']],
    ['kenya-protests', '22 people killed', '2024-06-25', ['en_ap_0626', 'en_reuters_0625', 'nl_nrc_undated']],
    [
      'kenya-protests',
      'William Ruto withdraws the law',
      '2024-06-26',
      ['de_tagesschau_0712', 'en_ap_0626', 'nl_nrc_undated'],
    ],
    ['kenya-protests', 'William Ruto dismisses the cabinet', '2024-07-11', ['de_tagesschau_0712']],
    [
      'it-outage',
      'IT outage in United States',
      '2024-07-19',
      ['de_tagesschau_undated', 'en_ap_0719', 'en_reuters_0721', 'nl_nos_0719'],
    ],
    [
      'magdeburg-attack',
      '5 people killed in attack in Magdeburg',
      '2024-12-20',
      ['de_spiegel_1221', 'de_tagesschau_1220', 'en_bbc_1221', 'nl_nos_1221'],
    ],
    [
      'magdeburg-attack',
      'Olaf Scholz visits',
      '2024-12-21',
      ['de_spiegel_1221', 'de_undated', 'en_bbc_1221', 'nl_nos_1221'],
    ],
    [
      'romania-election',
      'Election annulled in Romania',
      '2024-12-06',
      ['de_dlf_undated', 'en_ap_1208', 'en_reuters_1206', 'nl_nos_1206'],
    ],
    [
      'romania-election',
      'Calin Georgescu wins the election',
      '2024-11-24',
      ['en_reuters_1206', 'nl_nos_1206'],
    ],
    ['storm-ciaran', 'At least 7 people killed', '2023-11-02', ['de_tagesschau_1103', 'en_reuters_1102']],
    ['boeing-grounding', 'Planes grounded', '2024-01-06', ['de_spiegel_0107', 'en_ap_0106', 'nl_nos_0106']],
    ['boeing-grounding', 'United Airlines makes a statement', '2024-01-08', ['en_reuters_0108']],
    [
      'lebanon-pagers',
      '12 people killed in explosions in Lebanon',
      '2024-09-17',
      ['de_tagesschau_0919', 'en_ap_0918', 'nl_nos_0917'],
    ],
  ])('%s: “%s” on %s, citing %j', (story, title, day, documents) => {
    const found = event(story, title);
    expect(found?.when.start.slice(0, 10)).toBe(day);
    expect([...new Set(found?.sources.map((s) => s.document))].sort()).toEqual(documents);
  });

  it.each<[string, string]>([
    ['magdeburg-attack', 'Attack'],
    ['magdeburg-attack', 'Arrests in Saudi Arabia'],
    ['it-outage', 'Crash'],
    ['kenya-protests', 'William Ruto dismissed'],
    ['boeing-grounding', 'Reuters makes a statement'],
    ['lebanon-pagers', 'Explosions in Lebanon'],
  ])('%s: no “%s”', (story, title) => {
    expect(event(story, title)).toBeUndefined();
  });
});

describe('days of undated reports', () => {
  it.each<[string, string, string]>([
    ['kenya-protests', 'nl_nrc_undated', '2024-06-26'],
    ['it-outage', 'de_tagesschau_undated', '2024-07-20'],
    ['magdeburg-attack', 'de_undated', '2024-12-23'],
    ['romania-election', 'de_dlf_undated', '2024-12-09'],
  ])('%s: %s is dated %s, as inferred', (story, id, day) => {
    const published = files.get(story)?.documents.find((d) => d.id === id)?.published;
    expect(published).toMatchObject({ date: day, inferred: true });
  });

  it('reads a Reuters report whose first lines are a toss-up between English and French as English', () => {
    const doc = files.get('kenya-protests')?.documents.find((d) => d.id === 'en_reuters_0625');
    expect(doc?.language).toBe('en');
  });
});
