/**
 * The collapse of Silicon Valley Bank in March 2023, told by five outlets in en, nl and de: a
 * bank shut down, a second bank closed two days later, a takeover of the failed bank.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('svb-collapse');
}, 60_000);

describe('the collapse of Silicon Valley Bank as five outlets told it', () => {
  it.each<[string, string, string[]]>([
    [
      'Bank fails in United States',
      '2023-03-10',
      ['de_tagesschau_undated', 'en_mt_03', 'en_reuters_0311', 'nl_nos_0313'],
    ],
    ['Bank fails in New York', '2023-03-12', ['nl_nos_0313']],
    ['Shares fall', '2023-03-09', ['en_reuters_0311']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the translation dated only "2023-03" is of Friday 17 March: its bank "closed a week earlier" than Friday\'s filing', () => {
    expect(publishedOf(file, 'en_mt_03')?.date).toBe('2023-03-17');
    const filing = mostTold(file, 'Silicon Valley Bank files for bankruptcy');
    expect(filing?.when.start).toBe('2023-03-17');
    const closed = file.events.find((e) =>
      e.sources.some((s) => s.sentence.includes('closed by regulators a week earlier')),
    );
    expect(closed?.title).toBe('Bank fails in United States');
    expect(closed?.when.start).toBe('2023-03-10');
  });

  it('the bank New York closed on Sunday is not the bank California shut down on Friday', () => {
    const failures = file.events.filter((e) => e.title.startsWith('Bank fails'));
    expect(failures.map((e) => e.when.start.slice(0, 10)).sort()).toContain('2023-03-12');
    expect(failures.every((e) => e.conflicts.length === 0)).toBe(true);
  });

  it('"neemt … de omgevallen Silicon Valley Bank over" is a takeover, not another failure', () => {
    const told = file.events.filter((e) => documentsOf(e).includes('nl_volkskrant_03'));
    expect(told.map((e) => e.title)).toEqual(['First Citizens BancShares takes over Silicon Valley Bank']);
  });

  it('"sagte Biden am Montag im Weißen Haus" names the White House, not a person', () => {
    const biden = mostTold(file, 'Joe Biden makes a statement');
    expect(biden?.when.start).toBe('2023-03-13');
    expect(biden?.actors).toEqual(['biden', 'white-house']);
  });
});
