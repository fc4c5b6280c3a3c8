/**
 * The storming of the three powers' buildings in Brasília on 8 January 2023, told by five outlets in
 * en, nl and de: the Congress, the Supreme Court and the Planalto stormed as one storming in every
 * language, the federal intervention and the governor's suspension in the night, a machine
 * translation that writes "Lula of the Silva", "Alexander of Moraes", "Bolsonario" and "the Plateau
 * Palace", differing counts of the camp's detainees, and a month-only report dated by the Saturday
 * it tells. The court, the Congress and the palace stormed are buildings, no actors; the commander
 * "also" arrested is another arrest than the warrant against Torres.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('brasilia-riots');
}, 60_000);

describe('the Brasília riots as five outlets told them', () => {
  it.each<[string, string, string[]]>([
    [
      'Protesters storm government buildings in Brasília',
      '2023-01-08',
      ['de_tagesschau_0110', 'en_mt_undated', 'en_reuters_0109', 'nl_nos_0108', 'nl_volkskrant_01'],
    ],
    [
      'Lula decrees a federal intervention',
      '2023-01-08',
      ['de_tagesschau_0110', 'en_mt_undated', 'en_reuters_0109', 'nl_nos_0108'],
    ],
    [
      'Anderson Torres dismissed',
      '2023-01-08',
      ['de_tagesschau_0110', 'en_mt_undated', 'en_reuters_0109', 'nl_nos_0108', 'nl_volkskrant_01'],
    ],
    [
      'Ibaneis Rocha suspended from office',
      '2023-01-08',
      ['de_tagesschau_0110', 'en_mt_undated', 'en_reuters_0109'],
    ],
    ['Camp cleared', '2023-01-09', ['de_tagesschau_0110', 'en_mt_undated', 'nl_volkskrant_01']],
    ['Lula meets the governors', '2023-01-09', ['de_tagesschau_0110', 'en_mt_undated', 'en_reuters_0109']],
    [
      'Jair Bolsonaro admitted to hospital',
      '2023-01-09',
      ['de_tagesschau_0110', 'en_mt_undated', 'en_reuters_0109', 'nl_volkskrant_01'],
    ],
    ['Anderson Torres makes a statement', '2023-01-10', ['de_tagesschau_0110']],
    ['Anderson Torres arrested', '2023-01-14', ['nl_volkskrant_01']],
    ['Former police chief arrested', '2023-01-10', ['de_tagesschau_0110']],
    ['Joe Biden makes a statement', '2023-01-08', ['en_mt_undated', 'en_reuters_0109', 'nl_nos_0108']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the camp’s detainees are one count on Monday, with the figures the outlets give apart', () => {
    const e = mostTold(file, 'More than 1,000 people arrested');
    expect(e?.when.start).toBe('2023-01-09');
    expect(documentsOf(e)).toEqual([
      'de_tagesschau_0110',
      'en_mt_undated',
      'en_reuters_0109',
      'nl_volkskrant_01',
    ]);
    expect(e?.conflicts.map((c) => c.field)).toContain('figures.people arrested');
  });

  it('the arrests “in all”, “insgesamt”, are one running total up to the reports, apart from Sunday’s “Honderden”', () => {
    const total = mostTold(file, 'About 1,500 people arrested');
    expect(total?.when.start).toBe('2023-01-09');
    expect(documentsOf(total)).toEqual(['de_tagesschau_0110', 'en_reuters_0109']);
    const sunday = mostTold(file, 'Hundreds of people arrested');
    expect(sunday?.when.start).toBe('2023-01-08');
    expect(documentsOf(sunday)).toEqual(['nl_nos_0108']);
  });

  it('the warrant against Torres is dated to the Tuesday the German report tells, issued by the Supreme Court', () => {
    const warrant = file.events.find(
      (e) => e.title === 'Arrest warrant issued' && e.actors.includes('anderson-torres'),
    );
    expect(warrant?.when.start).toBe('2023-01-10');
    expect(documentsOf(warrant)).toEqual(['de_tagesschau_0110', 'nl_volkskrant_01']);
    expect(warrant?.actors).toEqual(['anderson-torres', 'supreme-court']);
  });

  it('the former commander of the military police “also” arrested on Tuesday is another arrest, not the warrant against Torres', () => {
    const commander = onlyCiting(file, 'Auch der frühere Kommandeur der Militärpolizei');
    expect(commander?.kind).toBe('arrest');
    expect(commander?.when.start).toBe('2023-01-10');
    expect(commander?.sources).toHaveLength(1);
    expect(commander?.actors).not.toContain('anderson-torres');
  });

  it.each([
    ['Protesters storm government buildings in Brasília'],
    ['Lula meets the governors'],
    ['More than 1,000 people arrested'],
  ])('the Supreme Court stormed or damaged is a building, no actor of “%s”', (title) => {
    expect(mostTold(file, title)?.actors).not.toContain('supreme-court');
  });

  it('the judge who “wirft ihm vor”, the riots not prevented, speaks of the storming and is no report of it, nor of Sunday', () => {
    const blame = onlyCiting(file, 'wirft ihm vor');
    expect(blame?.kind).toBe('statement');
    expect(blame?.when.start.slice(0, 10)).not.toBe('2023-01-08');
  });

  it.each([
    ['“Alexander of Moraes”', 'alexandre-de-moraes', 'Ibaneis Rocha suspended from office'],
    ['“Lula of the Silva”', 'lula', 'Lula decrees a federal intervention'],
    ['“Bolsonario” alone', 'bolsonaro', 'Jair Bolsonaro admitted to hospital'],
  ])('the machine translation’s %s is the listed person, no name of its own', (_, actor, title) => {
    const e = mostTold(file, title);
    expect(e?.actors).toContain(actor);
    expect(e?.actors.filter((a) => a.startsWith('name:'))).not.toContainEqual(
      expect.stringMatching(/alexander|silva|bolsonario/),
    );
  });

  it('the “Plateau Palace” of the machine translation is the Planalto Palace', () => {
    expect(mostTold(file, 'Lula meets the governors')?.places).toContain('brasilia-planalto-palace');
  });

  it('the storming is one happening naming all three buildings, none lost to a seizure of its own', () => {
    expect(file.events.filter((e) => /seized|occup/i.test(e.title))).toEqual([]);
  });

  it('the month-only Dutch report is dated by the Saturday of the arrest it tells', () => {
    const published = publishedOf(file, 'nl_volkskrant_01');
    expect(published).toMatchObject({ date: '2023-01-14', precision: 'day', inferred: true });
  });

  it('no page boilerplate is cited', () => {
    const cited = file.events.flatMap((e) => e.sources.map((s) => s.sentence));
    expect(cited.filter((s) => /cookie|Share this article|Read more|Related articles/i.test(s))).toEqual([]);
  });
});
