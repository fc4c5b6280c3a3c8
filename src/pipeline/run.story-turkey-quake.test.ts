/**
 * The earthquakes in south-east Turkey and northern Syria of 6 February 2023, told by eleven
 * outlets in en, nl and de from the day itself to three weeks on: the two quakes of the first day
 * apart, the first titled by the city it struck near, one death toll rising from 2,300 to 50,000,
 * the aftershock of 20 February with its own dead, and the days of an undated report and of an
 * agency report dated only by its footer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('turkey-quake');
}, 60_000);

const titled = (title: string) => mostTold(file, title);

const citing = (words: string) => onlyCiting(file, words);

describe('the Turkey–Syria earthquakes as eleven outlets told them', () => {
  it.each<[string, string, string[]]>([
    [
      'Earthquake in Gaziantep',
      '2023-02-06',
      ['de_tagesschau_0221', 'en_ap_0208', 'en_bbc_0210', 'en_mt_0213', 'en_reuters_0206', 'nl_nos_0207'],
    ],
    ['Earthquake in Elbistan', '2023-02-06', ['en_reuters_0206', 'nl_nos_0207']],
    [
      'Recep Tayyip Erdogan declares a state of emergency',
      '2023-02-07',
      ['de_spiegel_0209', 'en_ap_0208', 'nl_nos_0207'],
    ],
    ['Recep Tayyip Erdogan visits Kahramanmaraş', '2023-02-08', ['de_spiegel_0209', 'en_ap_0208']],
    ['Social media restricted in Turkey', '2023-02-08', ['en_ap_0208']],
    ['People rescued in Hatay', '2023-02-09', ['de_spiegel_0209']],
    ['People rescued in Samandag', '2023-02-10', ['en_bbc_0210']],
    ['Bashar al-Assad visits Aleppo', '2023-02-10', ['en_mt_0213']],
    ['Bashar al-Assad reaches an agreement', '2023-02-13', ['en_mt_0213']],
    ['People rescued in Kahramanmaraş', '2023-02-14', ['nl_nrc_0215']],
    ['United Nations makes an appeal', '2023-02-14', ['nl_nrc_0215']],
    ['Search called off', '2023-02-19', ['de_tagesschau_0221']],
    ['Earthquake in Antakya', '2023-02-20', ['de_tagesschau_0221', 'nl_nos_undated']],
    ['At least 6 people killed', '2023-02-20', ['de_tagesschau_0221', 'nl_nos_undated']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = titled(title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the 7.8 quake before dawn is at 04:17 on 6 February, apart from the 7.5 hours later', () => {
    const quake = citing('The quake hit at 4:17 a.m.');
    expect(quake?.when.start).toBe('2023-02-06T04:17');
    const sentences = quake?.sources.map((s) => s.sentence).join(' | ');
    expect(sentences).toContain('kracht van 7,8');
    expect(sentences).not.toContain('magnitude 7.5');
    expect(sentences).not.toContain('kracht van 7,5');
  });

  it('one death toll, from 2,300 on the day to 50,000 three weeks on, dated to the day of the quake', () => {
    const toll = citing('auf mehr als 17.000 gestiegen');
    expect(toll?.when.start).toBe('2023-02-06');
    const sentences = toll?.sources.map((s) => s.sentence).join(' | ');
    for (const told of [
      'killing more than 2,300',
      'gestegen naar ruim 5000',
      'rose above 11,000',
      'boven de 41.000',
      'mehr als 50.000',
    ])
      expect(sentences).toContain(told);
    expect(sentences).not.toContain('In 1999');
    // The aftershock's dead are the aftershock's.
    expect(sentences).not.toContain('zeker zes mensen');
    expect(sentences).not.toContain('Mindestens sechs Menschen');
  });

  it('a death toll “expected to continue to rise” is no event', () => {
    expect(file.events.filter((e) => e.sources.some((s) => s.sentence.includes('expected to')))).toEqual([]);
  });

  it('the aftershock of 20 February is one quake, felt in Syria, its collapsed buildings no disaster apart', () => {
    const quakes = file.events.filter((e) => e.kind === 'disaster' && e.when.start.startsWith('2023-02-20'));
    expect(quakes.map((e) => e.title)).toEqual(['Earthquake in Antakya']);
    expect(quakes[0]?.sources.some((s) => s.sentence.includes('te voelen'))).toBe(true);
  });

  it('Erdogan’s undated words in the report of the quake’s day were said that day or the day before', () => {
    const said = citing('45 countries had offered to help');
    expect([said?.when.start, said?.when.end]).toEqual(['2023-02-05', '2023-02-06']);
  });

  it('the Izmit earthquake of 1999 stays in 1999', () => {
    expect(titled('Earthquake in İzmit')?.when.start.slice(0, 4)).toBe('1999');
  });

  it.each([
    ['nl_nos_undated', '2023-02-21', true],
    ['de_dpa_nodate', '2023-02-25', false],
  ])('the report %s is dated %s (inferred: %s)', (id, day, inferred) => {
    expect(publishedOf(file, id)).toMatchObject({ date: day, precision: 'day', inferred });
  });

  it('the Dutch "minister Soylu" is the interior minister the German report names in full', () => {
    const dead = titled('At least 6 people killed');
    expect(dead?.actors).toEqual(['name:suleyman-soylu']);
    expect(documentsOf(dead)).toEqual(['de_tagesschau_0221', 'nl_nos_undated']);
  });

  it.each([
    'Earthquake in Damascus',
    'Earthquake in Syria',
    'Collapse',
    'Bashir Assad reaches an agreement',
    'Official visit',
  ])('no event is titled “%s”', (title) => {
    expect(file.events.map((e) => e.title)).not.toContain(title);
  });
});
