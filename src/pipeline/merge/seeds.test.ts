/**
 * The five seed articles through the real stages (front, time, entities, candidates, merge):
 * what a reader of the chronology would check.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChronologyEvent } from '../../schema/events.ts';
import { extractCandidates } from '../candidates/stage.ts';
import { cleanArticle } from '../clean.ts';
import { loadEntityData } from '../entities/load.ts';
import { createEntityStage } from '../entities/stage.ts';
import { parseHeader } from '../header.ts';
import { detectLanguage, guessLanguage } from '../language.ts';
import { resolvePublished } from '../published.ts';
import { readArticles } from '../read.ts';
import { segmentArticle } from '../segment.ts';
import { timeStage } from '../time/stage.ts';
import { mergeCandidates } from './stage.ts';

const root = join(import.meta.dirname, '..', '..', '..');
let events: ChronologyEvent[] = [];

beforeAll(async () => {
  const { articles } = await readArticles(join(root, 'data', 'articles'));
  const entities = createEntityStage(loadEntityData(join(root, 'data')));
  const languages = articles.map((raw) => {
    const clean = cleanArticle(parseHeader(raw));
    const lang = clean.meta.language ?? guessLanguage(clean.paragraphs.map((p) => p.text).join('\n'));
    return detectLanguage(segmentArticle(clean, lang));
  });
  const annotated = resolvePublished(languages).map((a) => entities.annotate(timeStage(a)));
  events = mergeCandidates(annotated.flatMap((a) => extractCandidates(a)));
});

const doc = (prefix: string) => (e: ChronologyEvent) => e.sources.some((s) => s.document.startsWith(prefix));
const citing = (fragment: string) => {
  const found = events.filter((e) => e.sources.some((s) => s.sentence.includes(fragment)));
  expect(found, `events citing "${fragment}"`).toHaveLength(1);
  return found[0] as ChronologyEvent;
};
const documents = (e: ChronologyEvent) => [...new Set(e.sources.map((s) => s.document.slice(0, 3)))];

describe('the seed chronology', () => {
  it('has one arms-export halt citing all five articles', () => {
    const halt = citing('Germany has temporarily halted arms exports to Kazakhstan');
    expect(halt.title).toBe('Germany halts arms exports to Kazakhstan');
    expect(documents(halt)).toEqual(['000', '001', '002', '003', '004']);
    expect(citing('Duitsland heeft de export van wapens')).toBe(halt);
    expect(citing('the German government is now stopping exports of armaments')).toBe(halt);
  });

  it('has one Massimov arrest on Saturday 8 January, with "earlier this week" kept as a conflict', () => {
    const arrest = citing('On Saturday, Kazakh authorities arrested the former head of the security service');
    expect(arrest.when).toMatchObject({ start: '2022-01-08', precision: 'day' });
    expect(citing('Zaterdag hebben de Kazachstaanse autoriteiten')).toBe(arrest);
    expect(citing('Karim Massimov is suspected of treason')).toBe(arrest);
    expect(citing('Massimov was arrested earlier this week')).toBe(arrest);
    expect(arrest.conflicts.find((c) => c.field === 'when')?.values.map((v) => v.value)).toEqual(
      expect.arrayContaining(['2022-01-08', '2022-W01']),
    );
  });

  it('keeps more than 3,000 and more than 4,000 arrests as a figures conflict of one event', () => {
    const arrests = citing('more than 3,000 people who took to the streets were arrested');
    expect(citing('more than 4,000 arrests across the country')).toBe(arrests);
    expect(arrests.conflicts).toContainEqual(
      expect.objectContaining({
        field: 'figures.people arrested',
        values: [expect.objectContaining({ value: 3000 }), expect.objectContaining({ value: 4000 })],
      }),
    );
  });

  it.each<[string, string, string]>([
    [
      'the 2,500 troops arrived on Thursday 6 January',
      '2,500 of whom arrived in the country on Thursday',
      '2022-01-06',
    ],
    ['Blinken spoke on Friday 7 January', 'Blinken warned on Friday', '2022-01-07'],
    [
      'Tokayev said order was restored on Friday',
      'in talks with Russian President Vladimir Putin on Saturday',
      '2022-01-07',
    ],
    ['the licences were issued last year', 'Last year, Germany issued 25 licenses', '2021-01-01'],
  ])('dates %s', (_name, fragment, start) => {
    const dated = events.filter((e) => e.sources.some((s) => s.sentence.includes(fragment)));
    expect(dated.map((e) => e.when.start)).toContain(start);
  });

  it.each<[string, string, string]>([
    [
      'the crackdown “on Saturday night” of a report stamped Saturday 08:02 is that of the night from Friday',
      'State television reported on Saturday night that security forces',
      'cracked down on demonstrators in several cities during the night from Friday to Saturday',
    ],
    [
      'the statement letting staff leave “on Saturday night” came in the night from Friday',
      'it said in a statement on Saturday night',
      'The US State Department has authorized non-essential embassy personnel',
    ],
  ])('dates %s, with no when conflict', (_name, fragment, other) => {
    const night = citing(fragment);
    expect(citing(other)).toBe(night);
    expect(night.when).toMatchObject({ start: '2022-01-07', end: '2022-01-08', value: '2022-01-07TNI' });
    expect(night.conflicts.filter((c) => c.field === 'when')).toEqual([]);
  });

  it('dates the protests from Sunday 2 January, “since the protests started last Sunday”, with those since the turn of the year', () => {
    const protests = events.filter(
      (e) =>
        e.kind === 'protest' &&
        e.sources.some((s) => s.sentence.includes('since the protests started last Sunday')),
    );
    expect(protests).toHaveLength(1);
    expect(protests[0]?.when).toMatchObject({ start: '2022-01-02', end: '2022-01-08', precision: 'day' });
    expect(protests[0]?.sources.some((s) => s.sentence.includes('Since the turn of the year'))).toBe(true);
    expect(protests[0]?.conflicts.filter((c) => c.field === 'when')).toEqual([]);
  });

  it('reports the talks with Putin on Saturday apart from Friday’s statement', () => {
    const both = events.filter((e) =>
      e.sources.some((s) => s.sentence.includes('in talks with Russian President Vladimir Putin')),
    );
    expect(both.map((e) => [e.kind, e.when.start]).sort()).toEqual([
      ['statement', '2022-01-07'],
      ['talks', '2022-01-08'],
    ]);
  });

  it('places the troops’ arrival in Kazakhstan, not in the United States that asked about it', () => {
    const arrival = events.find(
      (e) => e.kind === 'troops' && e.sources.some((s) => s.sentence.includes('2,500 of whom arrived')),
    );
    expect(arrival?.places).toEqual(['kazakhstan']);
  });

  it('shows as the storming’s actors only what its own clause names, and the sacking keeps Massimov', () => {
    const sentence = 'Massimov was sacked as head of the KNB this week after demonstrators stormed';
    const both = events.filter((e) => e.sources.some((s) => s.sentence.includes(sentence)));
    const storming = both.find((e) => e.kind === 'riot');
    const sacking = both.find((e) => e.kind === 'dismissal');
    expect(storming?.places).toContain('almaty');
    expect(storming?.actors).not.toContain('massimov');
    expect(storming?.actors).not.toContain('knb');
    expect(sacking?.actors).toContain('massimov');
  });

  it('has one licence event for last year citing all five articles', () => {
    const licences = citing('Last year, Germany issued 25 licenses');
    expect(licences.when).toMatchObject({ start: '2021-01-01', end: '2021-12-31', precision: 'year' });
    expect(documents(licences)).toEqual(['000', '001', '002', '003', '004']);
    expect(licences.figures).toContainEqual(expect.objectContaining({ value: 25, counts: 'licences' }));
  });

  it('merges every happening of the Dutch original with its English translation', () => {
    for (const e of events.filter(doc('004'))) expect(documents(e), e.title).toContain('000');
  });

  it('makes no event of opinion quotes, background or boilerplate', () => {
    const cited = events.flatMap((e) => e.sources.map((s) => s.sentence));
    for (const fragment of ['still has a lot of influence', 'Leave a Reply', 'Also read']) {
      expect(
        cited.some((s) => s.includes(fragment)),
        fragment,
      ).toBe(false);
    }
  });

  it("cites Blinken's opinion quote only in his statement of Friday 7 January", () => {
    const citing = events.filter((e) => e.sources.some((s) => s.sentence.includes('It seems to me')));
    expect(citing.map((e) => [e.title, e.when.start])).toEqual([
      ['Antony Blinken speaks on foreign troops', '2022-01-07'],
    ]);
  });
});
