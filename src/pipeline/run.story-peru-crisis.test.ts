/**
 * The crisis in Peru of December 2022, told by five outlets in en, nl and de: President Castillo's
 * bid to dissolve Congress, his removal and arrest on 7 December, Dina Boluarte's swearing-in, the
 * protests in the south, the state of emergency, his remand of a week and then of 18 months, the
 * dead of Ayacucho, the closure of Machu Picchu and the expulsion of Mexico's ambassador. A story
 * the pipeline had not seen: a machine translation writes "Bolvarte" and "President Castle", a
 * month-only report is dated by the Tuesday it tells, and the tolls of outlets differ.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('peru-crisis');
}, 60_000);

describe('the Peruvian crisis as five outlets told it', () => {
  it.each<[string, string, string[]]>([
    [
      'Pedro Castillo ousted',
      '2022-12-07',
      ['de_tagesschau_1216', 'en_mt_undated', 'en_reuters_1208', 'nl_nos_1212', 'nl_nrc_12'],
    ],
    ['Pedro Castillo arrested', '2022-12-07', ['en_reuters_1208', 'nl_nos_1212', 'nl_nrc_12']],
    ['Dina Boluarte sworn in', '2022-12-07', ['en_reuters_1208']],
    ['Pedro Castillo gives a televised address', '2022-12-07', ['en_reuters_1208']],
    ['Airport seized in Andahuaylas', '2022-12-11', ['nl_nos_1212']],
    ['Airport closed in Arequipa', '2022-12-12', ['nl_nos_1212']],
    ['Deaths in Apurímac', '2022-12-12', ['nl_nos_1212']],
    [
      'Dina Boluarte declares a state of emergency in Peru',
      '2022-12-14',
      ['de_tagesschau_1216', 'en_mt_undated', 'nl_nrc_12'],
    ],
    ['Suspect remanded in custody', '2022-12-15', ['de_tagesschau_1216', 'en_mt_undated', 'nl_nrc_12']],
    ['8 people killed', '2022-12-15', ['de_tagesschau_1216', 'nl_nrc_12']],
    ['Patricia Correa and Jair Pérez resign', '2022-12-16', ['de_tagesschau_1216']],
    ['Machu Picchu closed', '2022-12-17', ['en_mt_undated']],
    ['Peru expels diplomats', '2022-12-20', ['nl_nrc_12']],
    ['Mexico grants asylum', '2022-12-20', ['nl_nrc_12']],
    [
      'Dina Boluarte proposes early elections',
      '2022-12-11',
      ['de_tagesschau_1216', 'en_mt_undated', 'nl_nos_1212'],
    ],
    ['Early elections approved', '2022-12-20', ['nl_nrc_12']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the two ministers who resigned “mit den Toten” as their reason resigned, and the dead they cite are no report of the toll', () => {
    const resigned = onlyCiting(file, 'Beide begründeten ihren Rücktritt mit den Toten');
    expect(resigned?.title).toBe('Patricia Correa and Jair Pérez resign');
    expect(resigned?.actors).toEqual(['name:jair-perez', 'name:patricia-correa']);
    expect(onlyCiting(file, 'Other counts speak of 22 dead')?.sources.map((s) => s.sentence)).not.toContain(
      'Beide begründeten ihren Rücktritt mit den Toten bei den Protesten.',
    );
  });

  it('the translation’s “The Congreso then removed him from office” is the ousting of Pedro Castillo, no ousting of the Congreso', () => {
    expect(onlyCiting(file, 'The Congreso then removed him from office')?.title).toBe(
      'Pedro Castillo ousted',
    );
    expect(file.events.filter((e) => e.title.startsWith('Congreso'))).toEqual([]);
  });

  it('the seven days of custody ordered on Thursday 8 December are a remand of their own, not the arrest of the day before', () => {
    const week = onlyCiting(file, 'zeven dagen in voorlopige hechtenis');
    expect(week?.when.start).toBe('2022-12-08');
    expect(documentsOf(week)).toEqual(['nl_nos_1212']);
    expect(
      mostTold(file, 'Pedro Castillo arrested')?.sources.some((s) => s.sentence.includes('hechtenis')),
    ).toBe(false);
  });

  it('the 18 months "earlier this week" and "vorige week" are the remand of Thursday 15 December, dated to that day', () => {
    const remand = onlyCiting(file, '18 Monate Untersuchungshaft');
    expect(remand?.when).toMatchObject({ start: '2022-12-15', precision: 'day' });
  });

  it('the eight dead of Ayacucho are no running toll: the 20 "since then" and the 22 of the ombudsman stay apart', () => {
    const ayacucho = onlyCiting(file, 'acht Menschen getötet');
    expect(ayacucho?.places).toContain('ayacucho');
    expect(ayacucho?.figures.map((f) => f.value)).toEqual([8]);
  });

  it('the vote of 101 to 6 "scheduled for Wednesday afternoon" is the ousting of that Wednesday', () => {
    const ousted = onlyCiting(file, 'voted 101 to 6');
    expect(ousted?.title).toBe('Pedro Castillo ousted');
    expect(ousted?.when.start).toBe('2022-12-07');
  });

  it('the ministers who resigned "within minutes of the speech" resigned on the Wednesday of the televised address', () => {
    expect(onlyCiting(file, 'within minutes of the speech')?.when.start).toBe('2022-12-07');
  });

  it("the two teenagers killed at Andahuaylas on Sunday are that day's deaths, no value of the running toll", () => {
    const teens = onlyCiting(file, 'twee tieners');
    expect(teens?.when.start).toBe('2022-12-11');
    expect(teens?.figures.map((f) => f.value)).toEqual([2]);
    expect(documentsOf(teens)).toEqual(['nl_nos_1212']);
  });

  it('the machine translation\'s "Bolvarte" is Dina Boluarte, named once in the title', () => {
    const refusal = onlyCiting(file, 'Bolvarte refused a resignation');
    expect(refusal?.title).toBe('Dina Boluarte refuses to resign');
    expect(refusal?.actors).toEqual(['dina-boluarte']);
  });

  it('Castillo and Boluarte are the listed presidents of Peru, in every report, under no name of their own', () => {
    const actors = new Set(file.events.flatMap((e) => e.actors));
    expect(actors).toContain('pedro-castillo');
    expect(actors).toContain('dina-boluarte');
    expect(
      [...actors].filter((a) => /castillo|boluarte|bolvarte|castle/.test(a) && a.startsWith('name:')),
    ).toEqual([]);
  });

  it('the proposal announced in the night to Monday is dated to that night, not to the April 2024 it announces, and is no statement besides', () => {
    const proposal = onlyCiting(file, 'verkiezingen wil vervroegen');
    expect(proposal?.title).toBe('Dina Boluarte proposes early elections');
    expect(proposal?.when.start.slice(0, 10)).toBe('2022-12-11');
    expect(
      file.events.filter((e) => e.sources.some((s) => s.sentence.includes('verkiezingen wil vervroegen'))),
    ).toHaveLength(1);
  });

  it('the truce Boluarte called for is no ceasefire agreed', () => {
    expect(file.events.filter((e) => e.kind === 'ceasefire')).toEqual([]);
  });

  it('the Dutch "Peru heeft … ambassadeur Pablo Monroy uitgezet": Peru expels, the ambassador is expelled', () => {
    expect(onlyCiting(file, 'Pablo Monroy uitgezet')?.title).toBe('Peru expels diplomats');
  });

  it('the protests that "began after the removal … on 7 December" are not dated to the removal', () => {
    const began = file.events.filter((e) =>
      e.sources.some((s) => s.sentence.includes('protests began after')),
    );
    expect(began.every((e) => e.when.start.slice(0, 10) !== '2022-12-07')).toBe(true);
  });

  it.each([
    ['the undated machine translation', 'en_mt_undated', '2022-12-17'],
    ['the month-only Dutch report, by the Tuesday it tells', 'nl_nrc_12', '2022-12-20'],
  ])('%s is dated %3$s', (_, id, date) => {
    expect(publishedOf(file, id)).toMatchObject({ date, inferred: true });
  });

  it('the page furniture of the machine translation is no paragraph: share line, teaser, cookie notice', () => {
    const mt = file.documents.find((d) => d.id === 'en_mt_undated');
    expect(mt?.paragraphs.some((p) => /cookies|Share this|Read more|Related articles/.test(p.text))).toBe(
      false,
    );
  });
});
