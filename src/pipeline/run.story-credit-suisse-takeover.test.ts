/**
 * The emergency takeover of Credit Suisse by UBS in March 2023, told by six reports in en, nl and
 * de: the share slump on Wednesday, the central bank's lifeline in the night to Thursday, the
 * takeover announced in Bern on Sunday evening (a German and a Dutch present-tense lede the next
 * sentence dates), the central bank's liquidity for it, the bonds written off, UBS's shares on
 * Monday and the job cuts announced in August; an undated machine translation among them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('credit-suisse-takeover');
}, 60_000);

describe('the takeover of Credit Suisse as six reports told it', () => {
  it.each<[string, string, string[]]>([
    ['Credit Suisse shares fall', '2023-03-15', ['de_tagesschau_0319', 'en_reuters_0316', 'nl_nos_0319']],
    [
      'UBS takes over Credit Suisse',
      '2023-03-19',
      ['de_tagesschau_0319', 'en_mt_undated', 'en_reuters_0320', 'nl_nos_0319'],
    ],
    ['Finma writes off bonds', '2023-03-19', ['en_mt_undated', 'en_reuters_0320']],
    ['UBS shares fall', '2023-03-20', ['en_reuters_0320']],
    ['UBS cuts about 3,000 jobs', '2023-08-31', ['de_nzz_0831']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('"Die UBS übernimmt die Credit Suisse" names both banks, on the Sunday evening the next sentence gives', () => {
    const e = onlyCiting(file, 'Die UBS übernimmt die Credit Suisse');
    expect(e?.title).toBe('UBS takes over Credit Suisse');
    expect(e?.actors).toEqual(expect.arrayContaining(['ubs', 'credit-suisse']));
    expect(e?.when.value).toBe('2023-03-19TEV');
  });

  it('the price of the takeover is one figure, 3 billion francs, in all three languages', () => {
    const e = mostTold(file, 'UBS takes over Credit Suisse');
    expect(e?.figures.filter((f) => f.counts === 'francs').map((f) => f.value)).toEqual([3_000_000_000]);
    expect(e?.conflicts).toEqual([]);
  });

  it('the lifeline of up to 50 billion francs in the night to Thursday is one event in English and German', () => {
    const e = file.events.find(
      (x) =>
        x.title === 'Emergency support for banks' &&
        x.sources.some((s) => s.sentence.includes('it would borrow up to 50 billion Swiss francs')),
    );
    expect(documentsOf(e)).toEqual(['de_tagesschau_0319', 'en_reuters_0316']);
    expect(e?.figures.map((f) => [f.value, f.counts])).toContainEqual([50_000_000_000, 'francs']);
  });

  it('the central bank’s liquidity of up to 100 billion francs on Sunday is one support, not a takeover by the bank', () => {
    const e = onlyCiting(file, 'stelt tot 100 miljard frank beschikbaar');
    expect(e?.title).toBe('Emergency support for banks');
    expect(e?.when.start).toBe('2023-03-19');
    expect(documentsOf(e)).toEqual(['de_tagesschau_0319', 'nl_nos_0319']);
    expect(e?.actors).toContain('swiss-national-bank');
  });

  it('"3 billion Swiss francs" counts francs, no Swiss people', () => {
    const figures = file.events.flatMap((e) => e.figures);
    expect(figures.filter((f) => f.counts === 'people')).toEqual([]);
  });

  it('the shares of UBS on Monday are not the shares of Credit Suisse', () => {
    const ubs = file.events.find(
      (e) =>
        e.title === 'UBS shares fall' && e.sources.some((x) => x.sentence.includes('Shares in UBS fell')),
    );
    expect(ubs?.actors).not.toContain('switzerland');
    expect(ubs?.sources.map((s) => s.sentence)).not.toContain(
      'Credit Suisse shares fell more than 60% on Monday.',
    );
  });

  it('Reuters’ “a day after the Swiss bank agreed to buy Credit Suisse” tells the takeover of the Sunday before', () => {
    const takeover = file.events.find(
      (e) =>
        e.title !== 'UBS shares fall' &&
        e.sources.some((x) => x.sentence.includes('agreed to buy Credit Suisse')),
    );
    expect(takeover?.title).toBe('UBS takes over Credit Suisse');
    expect(takeover?.when.start).toBe('2023-03-19');
  });

  it('the bonds written off are 16 billion francs, not the 3 billion the shareholders receive', () => {
    const e = mostTold(file, 'Finma writes off bonds');
    expect(e?.figures.map((f) => f.value)).toEqual([16_000_000_000]);
    expect(e?.conflicts).toEqual([]);
  });
});
