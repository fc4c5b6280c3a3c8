/**
 * The collapse of Wirecard in June 2020, told by five outlets in en, nl and de: the auditor's
 * refusal to sign the accounts, the chief executive's resignation and arrest, the Philippine central
 * bank's statement, the BaFin president's verdict (a machine translation's "BaFin President Felix
 * Mendelssohn"), the insolvency filing and the missing board member; an undated report and a
 * month-only one read on the day of the filing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('wirecard-collapse');
}, 60_000);

describe('the Wirecard collapse as five outlets told it', () => {
  it.each<[string, string, string[]]>([
    ['EY refuses to sign off the accounts', '2020-06-18', ['de_tagesschau_0619', 'en_reuters_0618']],
    ['Markus Braun resigns', '2020-06-19', ['de_tagesschau_0619']],
    ['Bangko Sentral ng Pilipinas makes a statement', '2020-06-21', ['de_spiegel_undated', 'nl_nos_0623']],
    ['Markus Braun arrested', '2020-06-22', ['de_spiegel_undated', 'en_mt_06', 'nl_nos_0623']],
    ['Felix Hufeld makes a statement', '2020-06-22', ['en_mt_06', 'nl_nos_0623']],
    ['Markus Braun freed', '2020-06-23', ['nl_nos_0623']],
    ['Wirecard files for bankruptcy', '2020-06-25', ['de_spiegel_undated', 'en_mt_06']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('Wirecard admitting on Monday that the money does not exist is told in Dutch and German', () => {
    const admitted = file.events.find((e) =>
      e.sources.some((s) => s.sentence.includes('erkende maandag dat het ontbrekende bedrag')),
    );
    expect(admitted?.when.start.slice(0, 10)).toBe('2020-06-22');
    expect(documentsOf(admitted)).toEqual(['de_spiegel_undated', 'nl_nos_0623']);
  });

  it('the missing board member is told in English and German, with no day', () => {
    const e = mostTold(file, 'Jan Marsalek missing');
    expect(documentsOf(e)).toEqual(['de_spiegel_undated', 'en_mt_06']);
    expect(e?.when.precision).toBe('before-publication');
  });

  it('the year of the accounts the auditor refused to sign dates nothing', () => {
    expect(file.events.filter((e) => e.when.start.startsWith('2019'))).toEqual([]);
  });

  it('the translation’s “BaFin President Felix Mendelssohn” is Felix Hufeld', () => {
    const e = mostTold(file, 'Felix Hufeld makes a statement');
    expect(e?.sources.map((s) => s.sentence)).toContain(
      'BaFin President Felix Mendelssohn called the affair a "complete disaster" on Monday.',
    );
    expect(file.actors.map((a) => a.name)).not.toContain('Felix Mendelssohn');
  });

  it.each<[string, string]>([
    ['de_spiegel_undated', '2020-06-25'],
    ['en_mt_06', '2020-06-25'],
  ])('%s, without a day of its own, is dated %s, the day of the filing', (id, date) => {
    expect(publishedOf(file, id)).toMatchObject({ date, precision: 'day', inferred: true });
  });

  it('the wire’s warning about a deadline on Friday dates nothing a week before', () => {
    expect(file.events.filter((e) => e.when.start < '2020-06-17')).toEqual([]);
  });
});
