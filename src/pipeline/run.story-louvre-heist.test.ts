/**
 * The theft of the crown jewels from the Louvre on Sunday 19 October 2025 and the weeks after, told
 * by five outlets in en, nl and de: the heist (eight pieces or nine), the director's hearing in the
 * Senate, the museum reopened, the first arrests, the charges and five more arrests; a translation
 * that calls the interior minister "Laurent Fabius", a month-only report first read a week late.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('louvre-heist');
}, 60_000);

describe('the Louvre heist as five outlets told it', () => {
  it.each<[string, string, string[]]>([
    [
      'Jewels stolen in Paris',
      '2025-10-19',
      ['en_mt_undated', 'en_reuters_1019', 'nl_nos_1021', 'nl_volkskrant_10'],
    ],
    ['Laurence des Cars testifies', '2025-10-22', ['de_zeit_1030', 'nl_volkskrant_10']],
    ['Louvre reopens', '2025-10-22', ['nl_volkskrant_10']],
    ['Arrests in Paris', '2025-10-25', ['de_zeit_1030', 'en_mt_undated']],
    ['Charges brought', '2025-10-29', ['de_zeit_1030']],
    ['5 more people arrested', '2025-10-29', ['de_zeit_1030']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the outlets disagree on how many pieces were taken: nine and eight are kept as a conflict', () => {
    const heist = mostTold(file, 'Jewels stolen in Paris');
    expect(heist?.conflicts).toContainEqual(expect.objectContaining({ field: 'figures.items' }));
    expect(heist?.figures.map((f) => f.value)).toEqual(expect.arrayContaining([8, 9, 88_000_000]));
  });

  it.each<[string, string]>([
    ['en_mt_undated', '2025-10-26'],
    ['nl_volkskrant_10', '2025-10-22'],
  ])('%s is dated %s', (id, date) => {
    expect(publishedOf(file, id)).toMatchObject({ date, precision: 'day', inferred: true });
  });

  it('the translation’s “Interior Minister Laurent Fabius” is Laurent Nuñez', () => {
    expect(onlyCiting(file, 'Laurent Fabius')?.actors).toContain('nunez');
    expect(file.actors.map((a) => a.name).join(' ')).not.toContain('Fabius');
  });

  it('the director offered her resignation; she did not resign', () => {
    expect(onlyCiting(file, 'bood naar eigen zeggen haar ontslag aan')?.title).toBe(
      'Laurence des Cars offers resignation',
    );
  });
});
