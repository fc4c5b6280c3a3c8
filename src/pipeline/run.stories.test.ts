/**
 * Stories told by three to sixteen outlets in en, nl and de (Kenya's finance-bill protests, the
 * CrowdStrike outage, the Magdeburg market attack, Romania's annulled election, storm Ciarán, the
 * Boeing 737 Max 9 grounding, the pager blasts in Lebanon, Sri Lanka's resignations, the shooting
 * of Robert Fico, Bangladesh's quota protests and Sheikh Hasina's fall, and the seeds' own story,
 * the Kazakhstan unrest, as other outlets told it), each run through the whole pipeline as a
 * folder of its own: the events a reader of the articles expects, on the right day, citing every
 * report, and the days inferred for undated reports.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, publishedOf, runStory, STORIES_DIR } from './story-fixtures.ts';

const files = new Map<string, EventFile>();

// A story with a test file of its own ("run.story-niger-coup.test.ts") is run there, not twice.
const ownTestFile = (story: string) => existsSync(join(import.meta.dirname, `run.story-${story}.test.ts`));

beforeAll(async () => {
  for (const story of readdirSync(STORIES_DIR).filter((s) => !ownTestFile(s)))
    files.set(story, await runStory(story));
}, 60_000);

const event = (story: string, title: string) => mostTold(files.get(story), title);

describe('events of stories told by several outlets', () => {
  it.each<[string, string, string, string[]]>([
    ['kenya-protests', 'Parliament passes the law', '2024-06-25', ['en_reuters_0625', 'nl_nos_0625']],
    ['kenya-protests', 'Arson attack', '2024-06-25', ['en_reuters_0625', 'nl_nos_0625']],
    [
      'kenya-protests',
      '22 people killed in shootings in Nairobi',
      '2024-06-25',
      ['en_ap_0626', 'en_reuters_0625', 'nl_nos_0625', 'nl_nrc_undated'],
    ],
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
    ['storm-ciaran', 'At least 10 people killed', '2023-11-02', ['de_tagesschau_1103', 'en_reuters_1102']],
    ['boeing-grounding', 'Planes grounded', '2024-01-06', ['de_spiegel_0107', 'en_ap_0106', 'nl_nos_0106']],
    ['boeing-grounding', 'United Airlines makes a statement', '2024-01-08', ['en_reuters_0108']],
    [
      'lebanon-pagers',
      '12 people killed in explosions in Lebanon',
      '2024-09-17',
      ['de_tagesschau_0919', 'en_ap_0918', 'nl_nos_0917'],
    ],
    [
      'sri-lanka-resignation',
      'Riots in Colombo',
      '2022-07-09',
      ['de_undated', 'en_reuters_0709', 'nl_nos_0710'],
    ],
    [
      'sri-lanka-resignation',
      'Ranil Wickremesinghe announces resignation',
      '2022-07-09',
      ['en_reuters_0709', 'nl_nos_0710'],
    ],
    [
      'fico-shooting',
      'Assassination attempt on Robert Fico',
      '2024-05-15',
      ['de_undated', 'en_reuters_0515', 'nl_nos_0516'],
    ],
    [
      'bangladesh-resignation',
      'Sheikh Hasina resigns',
      '2024-08-05',
      ['de_spiegel_0805', 'de_undated_hasina', 'en_guardian_0805', 'en_undated_yunus', 'nl_nrc_0806'],
    ],
    [
      'bangladesh-resignation',
      'Mohammed Shahabuddin dissolves parliament',
      '2024-08-06',
      ['de_undated_hasina', 'en_undated_yunus', 'nl_nrc_0806'],
    ],
    ['bangladesh-resignation', 'Supreme Court rules', '2024-07-21', ['de_tagesschau_0721', 'nl_nos_0721']],
    [
      'bangladesh-resignation',
      'Riots in Dhaka',
      '2024-08-05',
      ['de_spiegel_0805', 'en_guardian_0805', 'nl_nrc_0806'],
    ],
    ['bangladesh-resignation', 'Muhammad Yunus sworn in', '2024-08-08', ['en_undated_yunus']],
    // The mob's attack on one police station is its own toll, not a rival count of the nationwide 14.
    [
      'bangladesh-resignation',
      '13 police and soldiers killed in attack in Sirajganj',
      '2024-08-04',
      ['en_bbc_0804'],
    ],
    // The city where parliament was stormed, not the country the English report names.
    [
      'kenya-protests',
      'Protesters storm government buildings in Nairobi',
      '2024-06-25',
      ['de_tagesschau_0712', 'en_ap_0626', 'nl_nos_0625', 'nl_nrc_undated'],
    ],
    // "The protests began in early July", "Die Proteste hatten Anfang Juli begonnen".
    [
      'bangladesh-resignation',
      'Protests in Bangladesh',
      '2024-07-01',
      ['de_tagesschau_0721', 'en_bbc_0804', 'en_reuters_0716'],
    ],
  ])('%s: “%s” on %s, citing %j', (story, title, day, documents) => {
    const found = event(story, title);
    expect(found?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(found)).toEqual(documents);
  });

  it.each<[string, string]>([
    ['magdeburg-attack', 'Attack'],
    ['magdeburg-attack', 'Arrests in Saudi Arabia'],
    ['it-outage', 'Crash'],
    ['kenya-protests', 'William Ruto dismissed'],
    ['boeing-grounding', 'Reuters makes a statement'],
    ['lebanon-pagers', 'Explosions in Lebanon'],
    ['bangladesh-resignation', 'Sheikh Hasina killed'],
    ['bangladesh-resignation', 'Nobelprijswinnaar Muhammad Yunus makes a statement'],
    ['bangladesh-resignation', 'Resignation'],
    ['bangladesh-resignation', 'Obaidul Quader imposes a curfew in Awami League'],
    ['bangladesh-resignation', 'People injured in Chhatra League'],
  ])('%s: no “%s”', (story, title) => {
    expect(event(story, title)).toBeUndefined();
  });
});

describe('tolls of a day and of weeks', () => {
  const citing = (story: string, words: string) =>
    files.get(story)?.events.find((e) => e.sources.some((s) => s.sentence.includes(words)));

  it.each<[string, string, string]>([
    ['bangladesh-resignation', 'killed on Thursday alone', 'killed in clashes across Bangladesh on Sunday'],
    ['bangladesh-resignation', 'killed on Thursday alone', 'since the protests began in July'],
    [
      'bangladesh-resignation',
      'killed in clashes across Bangladesh on Sunday',
      'since the protests began in July',
    ],
    ['lebanon-pagers', 'am Dienstag und Mittwoch waren insgesamt 37', 'exploded across Lebanon on Wednesday'],
    ['lebanon-pagers', 'am Dienstag und Mittwoch waren insgesamt 37', "Tuesday's pager explosions killed 12"],
  ])('%s: those “%s” and those “%s” are two events', (story, one, other) => {
    expect(citing(story, one)).toBeDefined();
    expect(citing(story, one)).not.toBe(citing(story, other));
  });
});

describe('days of undated reports', () => {
  it.each<[string, string, string]>([
    ['kenya-protests', 'nl_nrc_undated', '2024-06-26'],
    ['it-outage', 'de_tagesschau_undated', '2024-07-20'],
    ['magdeburg-attack', 'de_undated', '2024-12-23'],
    ['romania-election', 'de_dlf_undated', '2024-12-09'],
    // It tells Monday in the pluperfect and Wednesday in the simple past, after the Monday report.
    ['bangladesh-resignation', 'de_undated_hasina', '2024-08-07'],
    // It leads with Thursday's swearing-in, news after the Monday report whose toll it cites.
    ['bangladesh-resignation', 'en_undated_yunus', '2024-08-08'],
    ['bangladesh-resignation', 'nl_nrc_0806', '2024-08-06'],
  ])('%s: %s is dated %s, as inferred', (story, id, day) => {
    const published = publishedOf(files.get(story), id);
    expect(published).toMatchObject({ date: day, inferred: true });
  });

  it('reads a Reuters report whose first lines are a toss-up between English and French as English', () => {
    const doc = files.get('kenya-protests')?.documents.find((d) => d.id === 'en_reuters_0625');
    expect(doc?.language).toBe('en');
  });
});
