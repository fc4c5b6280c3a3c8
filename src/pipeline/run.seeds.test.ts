/**
 * The five seed articles (data/articles: the unrest in Kazakhstan as told on 8 January 2022 in en,
 * nl and de) through the whole pipeline, as a reader of them dates and joins what they tell: the
 * protests going on since Sunday 2 January, the toll counted since then, and the shootings and
 * explosions of the night from Friday to Saturday in Almaty.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { runPipeline } from './run.ts';
import { allCiting, onlyCiting } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  const inDir = join(import.meta.dirname, '..', '..', 'data', 'articles');
  file = (await runPipeline({ inDir, dataDir: 'data' })).file;
}, 60_000);

type Event = EventFile['events'][number];

const whenConflicts = (e: Event | undefined) => e?.conflicts.filter((c) => c.field === 'when') ?? [];
const documents = (e: Event | undefined) => [...new Set(e?.sources.map((s) => s.document.slice(0, 3)))];

describe('the protests of the seed articles', () => {
  it.each([
    'where major protests broke out after the turn of the year',
    'Since the turn of the year, some 20,000 people have taken to the streets of Almaty',
    'Last week’s demonstrations are the largest in 30 years',
    'have been killed since the protests started last Sunday',
    'Since the beginning of this year, about 20,000 people',
    'have been killed since the protests began last Sunday',
    'waar na de jaarwisseling grote protesten uitbraken',
    'De demonstraties van de afgelopen week',
    'sinds de protesten afgelopen zondag begonnen',
  ])('“%s” tells the one protest of some 20,000 in Almaty', (words) => {
    const protests = file.events.filter(
      (e) => e.kind === 'protest' && e.sources.some((s) => s.sentence.includes(words)),
    );
    expect(protests.map((e) => e.title)).toEqual(['About 20,000 people protest in Almaty']);
  });

  it('began on Sunday 2 January and went on to Saturday 8 January, with no when conflict', () => {
    // The sentence tells the rising LPG prices the protest was against as well: one protest of two events.
    const [protests, ...others] = allCiting(
      file,
      'some 20,000 people have taken to the streets of Almaty',
    ).filter((e) => e.kind === 'protest');
    expect(others).toEqual([]);
    expect(protests?.when).toMatchObject({ start: '2022-01-02', end: '2022-01-08', value: '2022-01-02' });
    expect(whenConflicts(protests)).toEqual([]);
    expect(protests?.places).toEqual(['almaty', 'kazakhstan']);
    expect(documents(protests)).toEqual(['000', '001', '002', '004']);
  });
});

describe('the toll since the protests began', () => {
  it('runs from Sunday 2 January: Friday’s count on state television is the same toll, no other date of it', () => {
    const toll = file.events.find(
      (e) =>
        e.kind === 'death' &&
        e.sources.some((s) =>
          s.sentence.includes('State television reported on Friday that 26 demonstrators'),
        ),
    );
    expect(toll?.title).toBe('26 protesters, 18 police and soldiers killed');
    expect(toll?.when).toMatchObject({ start: '2022-01-02', end: '2022-01-08' });
    expect(whenConflicts(toll)).toEqual([]);
    expect(documents(toll)).toEqual(['000', '001', '002', '003', '004']);
    expect(toll?.figures.map((f) => [f.value, f.counts])).toEqual(
      expect.arrayContaining([
        [26, 'protesters killed'],
        [18, 'police and soldiers killed'],
      ]),
    );
  });
});

describe('the injured told beside the dead', () => {
  it('“hundreds were injured in the riots” are of the days the dead were counted over, from Sunday 2 January', () => {
    const injured = file.events.find(
      (e) =>
        e.kind === 'injury' &&
        e.sources.some((s) => s.sentence.includes('hundreds were injured in the riots')),
    );
    expect(injured?.when).toMatchObject({ start: '2022-01-02', end: '2022-01-08', precision: 'week' });
  });
});

describe('the night from Friday to Saturday in Almaty', () => {
  it('the shootings in at least two places and the explosions “also” there are one scene in Almaty that night', () => {
    const scene = onlyCiting(file, 'shootings took place in at least two places in Almaty');
    for (const words of [
      'there were shootings in at least two places in the economic metropolis',
      'There were also explosions.',
      'There were also explosions and eyewitnesses spoke of a burning car.',
    ])
      expect(onlyCiting(file, words), words).toBe(scene);
    expect(scene?.title).toBe('Shootings in Almaty');
    expect(scene?.places).toEqual(['almaty']);
    expect(scene?.when).toMatchObject({ start: '2022-01-07', end: '2022-01-08', value: '2022-01-07TNI' });
    expect(documents(scene)).toEqual(['002', '003']);
  });
});

describe('what Tokayev says in the present of a report of Saturday 8 January', () => {
  it.each([
    'President Tokayev says “counter-terrorism actions” are necessary',
    'President Dokayev says “counter-terrorism” measures are necessary',
    'President Tokajev vindt dat „terrorismebestrijdingsacties” nodig zijn',
  ])('“%s” was said on Friday or Saturday, not any day of the week before', (words) => {
    const said = onlyCiting(file, words);
    expect(said?.title).toBe('Kassym-Jomart Tokayev calls for counter-terrorism operation');
    expect(said?.when).toMatchObject({ start: '2022-01-07', end: '2022-01-08', precision: 'day' });
  });
});

describe('the storming of government buildings in Almaty', () => {
  it('cites the sentences that tell a storming, not those of clashes and rioting going on for days', () => {
    const storming = file.events.find(
      (e) => e.kind === 'riot' && e.sources.some((s) => s.sentence.includes('demonstrators stormed')),
    );
    expect(storming?.title).toBe('Protesters storm government buildings in Almaty');
    expect(storming?.sources.map((s) => s.sentence.slice(0, 40))).toEqual([
      'Massimov was sacked as head of the KNB t',
      'In the city of Almaty, large-scale riots',
    ]);
    const days = onlyCiting(file, 'which has been rioting for days');
    expect(days).not.toBe(storming);
    expect(onlyCiting(file, 'has been rocking unprecedented clashes')).toBe(days);
  });
});

describe('what a reader of the seeds would object to last', () => {
  it('the LPG price rise the unrest followed came by Sunday 2 January, the turn of the year included', () => {
    const rise = onlyCiting(file, 'after the price for LPG was increased');
    expect(rise?.title).toBe('LPG prices rise');
    expect((rise?.when.start ?? '') <= '2022-01-01').toBe(true);
    // "Since the turn of the year … to protest the rising prices": they rose by 1 January.
    expect(['2022-01-01', '2022-01-02']).toContain(rise?.when.end);
  });

  it.each([
    'Violent protests have been going on in the former Soviet republic for days.',
    'Protests, which were initially directed against rising gas prices, expanded into mass protests',
  ])('“%s” is the protest going on since Sunday 2 January', (words) => {
    const protests = file.events.filter(
      (e) => e.kind === 'protest' && e.sources.some((s) => s.sentence.includes(words)),
    );
    expect(protests.map((e) => e.title)).toEqual(['About 20,000 people protest in Almaty']);
  });

  it('the rioting in Almaty “for days” runs over the days up to the report, 2 to 8 January', () => {
    const days = onlyCiting(file, 'which has been rioting for days');
    expect(days?.when).toMatchObject({ start: '2022-01-02', end: '2022-01-08', precision: 'week' });
  });

  it.each([
    ['security forces were continuing to crack down on demonstrators in several cities in the country'],
    ['Foreigners are currently not allowed into the ex-Soviet republic.'],
    ['In addition, there have been more than 4,000 arrests across the country.'],
  ])('“%s” took place in Kazakhstan, “the country” the report is about', (words) => {
    expect(onlyCiting(file, words)?.places).toContain('kazakhstan');
  });

  it('Blinken spoke of Kazakhstan and the Russian troops: neither said anything', () => {
    const blinken = onlyCiting(file, 'Blinken told reporters');
    expect(blinken?.actors).toContain('blinken');
    expect(blinken?.actors).not.toContain('kazakhstan');
    expect(blinken?.actors).not.toContain('russia');
  });
});
