/**
 * The Ever Given in the Suez Canal, March to July 2021, told by seven outlets in en, nl and de: the
 * grounding, the salvage still under way, the ship pulled free and shipping resumed on one Monday,
 * and the canal named in each language's own way.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('suez-blockage');
}, 60_000);

const titled = (title: string) => mostTold(file, title);

describe('the Suez Canal blockage as seven outlets told it', () => {
  it.each<[string, string, string[]]>([
    ['Ship runs aground in the Suez Canal', '2021-03-23', ['en_ap_0707', 'en_reuters_0324']],
    ['Oil prices rise', '2021-03-24', ['en_reuters_0324']],
    ['Ship refloated in the Suez Canal', '2021-03-29', ['de_tagesschau_0329', 'nl_nrc_0330']],
    ['Shipping resumes in the Suez Canal', '2021-03-29', ['de_tagesschau_0329', 'nl_nrc_0330']],
    ['Abdel Fattah al-Sisi makes a statement', '2021-03-29', ['de_tagesschau_0329']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = titled(title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('a salvager still trying to pull the ship free has not refloated it yet', () => {
    const refloated = file.events.filter((e) => e.title.startsWith('Ship refloated'));
    expect(refloated.flatMap((e) => e.sources.map((s) => s.sentence)).join(' | ')).not.toContain('probeert');
  });

  it('the ship described as run aground in the sentence that frees it runs aground only once, in March', () => {
    const groundings = file.events.filter((e) => e.title.startsWith('Ship runs aground'));
    expect(groundings.map((e) => e.when.start.slice(0, 4)).sort()).toEqual(['2017', '2021']);
    expect(groundings.every((e) => !e.sources.some((s) => s.document === 'de_tagesschau_0329'))).toBe(true);
  });

  it('the canal is one place, whether it is called the Suez Canal, het Suezkanaal or der Suezkanal', () => {
    expect(file.places.map((p) => p.id)).toContain('suez-canal');
    expect(file.places.map((p) => p.id)).not.toContain('suez');
  });

  it('the ship freed from the canal frees no prisoners: “where it had been held since it was freed on March 29”', () => {
    expect(file.events.filter((e) => e.kind === 'release')).toEqual([]);
  });

  it('the month-only NRC that tells "vorige week dinsdag" beside a bare "dinsdag" is dated the Tuesday after, 30 March', () => {
    const published = publishedOf(file, 'nl_nrc_0330');
    expect(published).toMatchObject({ date: '2021-03-30', precision: 'day', inferred: true });
    expect(published?.reason).toContain('the Tuesday it tells without "last week"');
  });
});
