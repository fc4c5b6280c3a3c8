/**
 * The destruction of the Kakhovka dam in June 2023, told by five outlets in en, nl and de: the dam
 * blown up on a Tuesday however it is told, the Security Council's emergency meeting, the
 * president's visit to Kherson told in a machine translation that gives him another president's
 * name, the river that is not the city of Dnipro, and two reports without a day of their own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('kakhovka-dam');
}, 60_000);

describe('the Kakhovka dam as five outlets told it', () => {
  it.each<[string, string, string[]]>([
    ['Dam destroyed in Nova Kakhovka', '2023-06-06', ['en_mt_undated', 'en_reuters_0606', 'nl_nos_0607']],
    ['UN Security Council holds emergency meeting', '2023-06-06', ['en_reuters_0606', 'nl_nos_0607']],
    ['António Guterres makes a statement', '2023-06-06', ['en_reuters_0606', 'nl_nos_0607']],
    ['Dmitry Peskov makes a statement', '2023-06-06', ['en_reuters_0606']],
    ['Volodymyr Zelensky visits Kherson', '2023-06-08', ['de_tagesschau_0609', 'en_mt_undated']],
    ['Attack in Kherson', '2023-06-08', ['de_tagesschau_0609']],
    // "heeft donderdag … bezocht" beside "sinds vorige week dinsdag": the Thursday of the week after.
    ['Rafael Grossi visits Zaporizhzhia', '2023-06-15', ['nl_volkskrant_06']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('“President Poroshenko” in the translation is the president the report names, Zelensky', () => {
    const visit = onlyCiting(file, 'President Poroshenko had visited');
    expect(visit?.actors).toEqual(['zelensky']);
    expect(visit?.places).toEqual(['kherson']);
  });

  it('the dam on the Dnipro River is on the Dnieper, not in the city of Dnipro', () => {
    const dam = mostTold(file, 'Dam destroyed in Nova Kakhovka');
    expect(dam?.places).toContain('dnieper');
    expect(dam?.places).not.toContain('dnipro');
  });

  it('the dead in the areas controlled by Kyiv did not die in Kyiv', () => {
    expect(onlyCiting(file, 'in the areas controlled by Kyiv')?.places).not.toContain('kyiv');
  });

  it('several injured, among them two police officers, are not counted as two', () => {
    expect(onlyCiting(file, 'darunter zwei Polizisten')?.title).toBe('People injured');
  });

  it('the people taken out of the flooded districts are an evacuation, not a flood', () => {
    expect(onlyCiting(file, 'uit de overstroomde wijken')?.title).toBe('1,894 people evacuated');
  });

  it('the undated translation is dated the Monday its Sunday and Monday lead up to', () => {
    const published = publishedOf(file, 'en_mt_undated');
    expect(published).toMatchObject({ date: '2023-06-12', precision: 'day', inferred: true });
  });

  it('the month-only report of the dam “last week Tuesday” is dated in the week after it', () => {
    const published = publishedOf(file, 'nl_volkskrant_06');
    expect(published?.inferred).toBe(true);
    expect(published?.date ?? '').toMatch(/^2023-06-1[2-8]$/);
  });

  it('the dead the Russian occupation authorities count are not the dead on the Ukrainian side', () => {
    const russian = onlyCiting(file, 'Die russischen Besatzungsbehörden meldeten am Freitag acht Tote');
    const ukrainian = onlyCiting(file, 'Auf der ukrainischen Seite kamen');
    expect(russian?.id).not.toBe(ukrainian?.id);
    expect(russian?.figures.map((f) => f.value)).toEqual([8]);
    expect(ukrainian?.id).toBe(onlyCiting(file, 'in the areas controlled by Kyiv')?.id);
  });

  it('the dead “aan beide kanten van de Dnjepr” are neither side’s count', () => {
    const both = onlyCiting(file, 'aan beide kanten van de Dnjepr');
    expect(documentsOf(both)).toEqual(['nl_volkskrant_06']);
    expect(both?.conflicts).toEqual([]);
  });

  it('the 16,000 who “lived in the critical zone” are not told as evacuated', () => {
    const evacuation = onlyCiting(file, 'about 16,000 people lived in the critical zone');
    expect(evacuation?.title).toBe('Evacuation from Kherson');
    expect(evacuation?.figures).toEqual([]);
  });
});
