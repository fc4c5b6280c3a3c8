/**
 * Nepal's Gen Z protests of September 2025, told by five outlets in en, nl and de: the ban on 26
 * social media platforms, the Monday the police fired on the protesters and the home minister
 * resigned, the ban lifted that night, parliament set on fire and the prime minister's resignation
 * on Tuesday, the army's curfew, and the interim prime minister sworn in on Friday; an undated German
 * report, a month-only Dutch one, and a machine translation calling Sushila Karki "Sushila Kirchner".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

/** The events citing a sentence with those words. */
function citing(words: string) {
  return file.events.filter((e) => e.sources.some((s) => s.sentence.includes(words)));
}

beforeAll(async () => {
  file = await runStory('nepal-protests');
}, 60_000);

describe('the Gen Z protests in Nepal as five outlets told them', () => {
  it.each<[string, string, string[]]>([
    ['Social media app banned', '2025-09-04', ['de_tagesschau_undated', 'en_reuters_0908', 'nl_nos_0909']],
    ['Ramesh Lekhak resigns', '2025-09-08', ['en_reuters_0908', 'nl_nos_0909']],
    ['Social media ban lifted', '2025-09-08', ['de_tagesschau_undated', 'en_reuters_0908', 'nl_nos_0909']],
    [
      'K. P. Sharma Oli resigns',
      '2025-09-09',
      ['de_tagesschau_undated', 'en_mt_0912', 'nl_nos_0909', 'nl_volkskrant_09'],
    ],
    [
      'Arson attack in Kathmandu',
      '2025-09-09',
      ['de_tagesschau_undated', 'en_mt_0912', 'nl_nos_0909', 'nl_volkskrant_09'],
    ],
    ['Curfew imposed in Nepal', '2025-09-09', ['de_tagesschau_undated', 'en_mt_0912', 'nl_volkskrant_09']],
    ['Sushila Karki sworn in', '2025-09-12', ['en_mt_0912', 'nl_volkskrant_09']],
    ['Ram Chandra Paudel dissolves parliament', '2025-09-12', ['en_mt_0912', 'nl_volkskrant_09']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the dead of Monday are one event in all five reports, the first count of 19 beside the later 51', () => {
    // The police who opened fire on the protesters killed them: the event is the shooting with its dead.
    const e = citing('At least 19 people were killed').find((c) =>
      c.figures.some((f) => f.counts === 'people killed'),
    );
    expect(e?.title).toBe('51 people killed in shootings in Nepal');
    expect(e?.when.start).toBe('2025-09-08');
    expect(documentsOf(e)).toEqual([
      'de_tagesschau_undated',
      'en_mt_0912',
      'en_reuters_0908',
      'nl_nos_0909',
      'nl_volkskrant_09',
    ]);
    const killed = e?.conflicts.find((c) => c.field === 'figures.people killed');
    // The capital's share ("Seventeen people were killed in the capital and two in …") is no rival count.
    expect(killed?.values.map((v) => v.value)).toEqual([19, 51]);
  });

  it('the German toll starts a sentence of its own after “Facebook, YouTube und X.”', () => {
    const e = onlyCiting(file, 'Bei Zusammenstößen mit der Polizei');
    const sentence = e?.sources.find((s) => s.document === 'de_tagesschau_undated')?.sentence;
    expect(sentence?.startsWith('Bei Zusammenstößen')).toBe(true);
  });

  it('protesters who “tried to storm the parliament building” are no storm', () => {
    const kinds = citing('tried to storm the parliament building').map((e) => e.kind);
    expect(kinds).toContain('riot');
    expect(kinds).not.toContain('disaster');
  });

  it('the young people who “tried to storm the parliament building” on Monday are titled as trying', () => {
    const titles = citing('tried to storm the parliament building')
      .filter((e) => e.kind === 'riot')
      .map((e) => [e.title, e.when.start]);
    expect(titles).toEqual([['Protesters try to storm government buildings in Kathmandu', '2025-09-08']]);
  });

  it('the Dutch dissolution is not dated to the election day it names in its next clause', () => {
    const e = onlyCiting(file, 'Het parlement werd ontbonden');
    expect(e?.when.start.slice(0, 10)).toBe('2025-09-12');
  });

  it('the machine translation’s “Prime Minister Sushila Kirchner” is Sushila Karki', () => {
    const mention = file.events
      .flatMap((e) => e.sources.flatMap((s) => s.mentions ?? []))
      .find((m) => m.text === 'Sushila Kirchner');
    expect(mention).toMatchObject({ id: 'sushila-karki', resolution: 'context' });
  });

  it.each<[string, string, string]>([
    ['de_tagesschau_undated', '2025-09-10', 'the Wednesday its soldiers patrol'],
    ['nl_volkskrant_09', '2025-09-12', 'the Friday of the swearing-in'],
  ])('%s is dated %s, %s', (id, date) => {
    expect(publishedOf(file, id)).toMatchObject({ date, precision: 'day', inferred: true });
  });

  it('no boilerplate is cited as news', () => {
    const cited = file.events.flatMap((e) => e.sources.map((s) => s.sentence));
    for (const words of [
      'cookies',
      'Lees ook',
      'Leave a Reply',
      'Mehr zum Thema',
      'All rights reserved',
      'Reporting by',
    ])
      expect(cited.filter((s) => s.includes(words))).toEqual([]);
  });
});
