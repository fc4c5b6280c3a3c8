/**
 * The protests in Belarus after the election of 9 August 2020, told by five outlets in en, nl and
 * de: Tsikhanouskaya in four spellings and a machine translation's fifth, a Dutch plural present
 * that schedules a meeting ahead, women's human chains, a state's start year that dates nothing
 * after it, and a month-only report dated by the Friday it tells.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('belarus-protests');
}, 60_000);

describe('the Belarusian protests as five outlets told them', () => {
  it.each<[string, string, string[]]>([
    [
      'Alexander Lukashenko wins the election',
      '2020-08-09',
      ['de_tagesschau_0816', 'en_reuters_0811', 'nl_nos_0813'],
    ],
    ['Internet shut down in Belarus', '2020-08-09', ['en_reuters_0811', 'nl_nos_0813']],
    ['Security forces crack down on protesters in Minsk', '2020-08-09', ['en_reuters_0811']],
    ['Sviatlana Tsikhanouskaya flees to Lithuania', '2020-08-11', ['en_reuters_0811']],
    ['Sviatlana Tsikhanouskaya makes a statement', '2020-08-11', ['en_reuters_0811', 'nl_nos_0813']],
    ['One person killed in Minsk', '2020-08-10', ['en_reuters_0811', 'nl_nos_0813']],
    ['Human chain in Minsk', '2020-08-12', ['nl_nos_0813']],
    ['Deaths in Gomel', '2020-08-12', ['nl_nos_0813']],
    ['Yuri Karayev apologises', '2020-08-13', ['de_tagesschau_0816', 'nl_nrc_08']],
    ['Thousands of people strike in Belarus', '2020-08-13', ['de_tagesschau_0816', 'nl_nrc_08']],
    ['More than 2,000 people freed', '2020-08-13', ['de_tagesschau_0816', 'nl_nrc_08']],
    ['European Union imposes sanctions', '2020-08-14', ['de_tagesschau_0816', 'nl_nos_0813', 'nl_nrc_08']],
    ['Russia promises aid to Belarus', '2020-08-15', ['de_tagesschau_0816']],
    ['More than 100,000 people protest in Minsk', '2020-08-16', ['de_tagesschau_0816', 'en_mt_undated']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  // "about 3,000 people had been detained on Sunday night" is that night's count; the detentions
  // "since the election" are counted again on each report's day: nearly 7,000 by the 13th (with the
  // 6,700 that rounds to it), more than 6,000 in the report of the 16th.
  it.each<[string, string, string[]]>([
    ['About 3,000 people arrested', '2020-08-09', ['en_reuters_0811']],
    ['More than 6,700 people arrested', '2020-08-13', ['en_mt_undated', 'nl_nos_0813', 'nl_nrc_08']],
    ['More than 6,000 people arrested', '2020-08-16', ['de_tagesschau_0816']],
  ])('the count “%s” is of no day after %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.end).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it.each([
    ['the Dutch "Tichanovskaja"', 'nl_nos_0813'],
    ['the German "Tichanowskaja"', 'de_tagesschau_0816'],
    ['the machine-translated "Svetlana Tichanovska"', 'en_mt_undated'],
  ])('%s is the listed Tsikhanouskaya', (_, doc) => {
    const hers = file.events.filter(
      (e) => documentsOf(e).includes(doc) && e.title.startsWith('Sviatlana Tsikhanouskaya'),
    );
    expect(hers.length).toBeGreaterThan(0);
    expect(hers.every((e) => e.actors.includes('tsikhanouskaya'))).toBe(true);
  });

  it('the EU ministers who "overleggen vrijdag" in Thursday\'s report meet on the Friday ahead, not the one before', () => {
    const nos = file.events.find((e) => e.sources.some((s) => s.sentence.includes('overleggen vrijdag')));
    expect(nos?.when.start).toBe('2020-08-14');
  });

  it('the month-only Dutch report is dated by the Friday it tells as past, after the election of 9 August', () => {
    const published = publishedOf(file, 'nl_nrc_08');
    expect(published).toMatchObject({ date: '2020-08-14', precision: 'day', inferred: true });
  });

  it("women forming human chains on Wednesday are no part of Sunday's march", () => {
    const march = mostTold(file, 'More than 100,000 people protest in Minsk');
    expect(march?.sources.some((s) => /ketens|Menschenketten/.test(s.sentence))).toBe(false);
  });

  it('what Lukashenko called the protesters is not dated to 1994, the year his rule began', () => {
    const called = file.events.find((e) => e.sources.some((s) => s.sentence.includes('criminelen')));
    expect(called?.when.start.slice(0, 7)).toBe('2020-08');
  });

  it('the lede\'s "after two nights of clashes between police and protesters" are no riots or protests in Lithuania', () => {
    expect(file.events.filter((e) => e.title.endsWith('in Lithuania') && !e.title.includes('flees'))).toEqual(
      [],
    );
  });
});
