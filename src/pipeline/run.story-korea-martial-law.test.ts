/**
 * South Korea's martial law of December 2024, told by five outlets in en, nl and de: martial law
 * declared late on a Tuesday, troops at parliament and the vote to lift it after midnight, the
 * defence minister's resignation and arrest, the failed and the passed impeachment votes and a
 * travel ban; an undated German report and a month-only Dutch one, and a machine translation
 * calling Yoon "Yoon Yeo-jeong".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('korea-martial-law');
}, 60_000);

/** The event of that kind citing a sentence with those words. */
function citing(kind: string, words: string) {
  return file.events.find((e) => e.kind === kind && e.sources.some((s) => s.sentence.includes(words)));
}

describe('the martial law crisis as five outlets told it', () => {
  it.each<[string, string, string[]]>([
    [
      'Yoon Suk Yeol declares martial law',
      '2024-12-03',
      ['de_spiegel_undated', 'en_mt_1214', 'en_reuters_1204', 'nl_nos_1207', 'nl_volkskrant_12'],
    ],
    ['Parliament votes to lift martial law', '2024-12-04T01:00', ['en_reuters_1204', 'nl_nos_1207']],
    ['Impeachment of Yoon Suk Yeol fails', '2024-12-07', ['de_spiegel_undated', 'en_mt_1214', 'nl_nos_1207']],
    ['Travel ban on Yoon Suk Yeol', '2024-12-09', ['de_spiegel_undated']],
    ['Yoon Suk Yeol impeached', '2024-12-14', ['en_mt_1214', 'nl_volkskrant_12']],
  ])('“%s” on %s, told by %j', (title, start, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, start.length)).toBe(start);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the troops that entered parliament “after midnight” are those sent “am Dienstagabend”, 280 or 300', () => {
    const e = citing('troops', 'entered the National Assembly building');
    expect(e?.when.start).toBe('2024-12-04T00:00');
    expect(documentsOf(e)).toEqual(['de_spiegel_undated', 'en_reuters_1204']);
    const troops = e?.conflicts.find((c) => c.field === 'figures.troops');
    expect(troops?.values.map((v) => v.value)).toEqual([280, 300]);
  });

  it('the minister’s resignation Yoon accepted “donderdag” is dated that Thursday, 5 December', () => {
    expect(onlyCiting(file, 'Donderdag aanvaardde Yoon')?.when.start).toBe('2024-12-05');
  });

  it('the former defence minister was arrested on Sunday 8 December', () => {
    expect(onlyCiting(file, 'wurde bereits am Sonntag festgenommen')?.when.start).toBe('2024-12-08');
  });

  it('the machine translation’s “President Yoon Yeo-jeong” is Yoon Suk Yeol', () => {
    const e = citing('emergency', 'President Yoon Yeo-jeong');
    expect(e?.title).toBe('Yoon Suk Yeol declares martial law');
    const mention = e?.sources.flatMap((s) => s.mentions ?? []).find((m) => m.text === 'Yoon Yeo-jeong');
    expect(mention).toMatchObject({ id: 'yoon-suk-yeol', resolution: 'context' });
  });

  it('protesters “chanting for his arrest” arrested no one', () => {
    expect(onlyCiting(file, 'chanting for his arrest')?.kind).toBe('protest');
  });

  it.each<[string, string]>([
    ['de_spiegel_undated', '2024-12-09'],
    ['nl_volkskrant_12', '2024-12-16'],
  ])('%s is dated %s, the Monday after what it tells', (id, date) => {
    expect(publishedOf(file, id)).toMatchObject({ date, precision: 'day', inferred: true });
  });

  it('martial law is placed neither in North Korea, which Yoon accused the opposition of siding with, nor in Asia', () => {
    for (const title of ['Yoon Suk Yeol declares martial law', 'Yoon Suk Yeol lifts martial law'])
      expect(mostTold(file, title)?.places).toEqual([]);
  });

  it('no boilerplate is cited as news', () => {
    const cited = file.events.flatMap((e) => e.sources.map((s) => s.sentence));
    for (const words of ['cookies', 'Lees ook', 'Leave a Reply', 'Mehr zum Thema', 'All rights reserved'])
      expect(cited.filter((s) => s.includes(words))).toEqual([]);
  });
});
