/**
 * The Derna floods of September 2023, told by five outlets in en, nl and de from the day after to
 * two weeks on: Storm Daniel on Sunday 10 September, the two dams that burst that night, a death
 * toll the authorities, the UN and the Red Crescent put at 3,958, 5,300 or 11,300, the first rescue
 * teams, and a machine translation that writes the UN envoy Abdoulaye Bathily as "Abdoulaye Wade".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('derna-floods');
}, 60_000);

describe('the Derna floods as five outlets told them', () => {
  it.each<[string, string, string[]]>([
    [
      'Dam collapse in Derna',
      '2023-09-10',
      ['de_tagesschau_0917', 'en_reuters_0912', 'nl_nos_0914', 'nl_volkskrant_09'],
    ],
    ['Abdul Hamid Dbeibah declares national mourning', '2023-09-11', ['en_reuters_0912']],
    ['Rescue teams arrive in Benghazi', '2023-09-12', ['en_reuters_0912']],
    ['World Meteorological Organization makes a statement', '2023-09-14', ['nl_nos_0914']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the dams burst in the night of Sunday to Monday, in all three languages', () => {
    const dams = mostTold(file, 'Dam collapse in Derna');
    expect(dams?.when.precision).toBe('part-of-day');
    expect(dams?.places).toEqual(['derna']);
  });

  it('one death toll, 3,958, 5,300 and 11,300 kept as a conflict, dated no later than its first count', () => {
    const toll = onlyCiting(file, 'von 11.300 Toten');
    expect(toll?.kind).toBe('death');
    expect(['2023-09-10', '2023-09-11', '2023-09-12']).toContain(toll?.when.start.slice(0, 10));
    expect(
      toll?.conflicts.find((c) => c.field === 'figures.people killed')?.values.map((v) => v.value),
    ).toEqual([3958, 5300, 11300]);
    expect(documentsOf(toll)).toEqual([
      'de_tagesschau_0917',
      'en_mt_undated',
      'en_reuters_0912',
      'nl_nos_0914',
      'nl_volkskrant_09',
    ]);
    expect(toll?.actors).toEqual(expect.arrayContaining(['libyan-red-crescent', 'ocha', 'who']));
  });

  it('the translation’s “UN special envoy Abdoulaye Wade” is Abdoulaye Bathily', () => {
    const call = onlyCiting(file, 'Abdoulaye Wade called on');
    expect(call?.title).toBe('Abdoulaye Bathily makes a statement');
    expect(call?.actors).toContain('abdoulaye-bathily');
    expect(call?.actors.some((a) => a.includes('wade'))).toBe(false);
  });

  it('the officials detained are dated before the month-only report, not the night the dams burst', () => {
    const detained = onlyCiting(file, 'in voorarrest laten nemen');
    expect(detained?.when.precision).toBe('before-publication');
  });

  it.each([
    ['nl_nos_0914', '2023-09-14', 'day'],
    ['de_tagesschau_0917', '2023-09-17', 'day'],
    ['nl_volkskrant_09', '2023-09-01', 'month'],
  ])('the report %s is dated %s (%s)', (id, date, precision) => {
    expect(publishedOf(file, id)).toMatchObject({ date, precision });
  });

  it.each(['Lees ook', 'Mehr zum Thema', 'Leave a Reply', 'Cookies', '©', 'Reporting by'])(
    'no event cites the site boilerplate “%s”',
    (words) => {
      expect(file.events.filter((e) => e.sources.some((s) => s.sentence.includes(words)))).toEqual([]);
    },
  );

  it('the German “Darna” and the Dutch “Libische” name the city and the country, no one unknown', () => {
    const actors = file.events.flatMap((e) => e.actors);
    expect(actors.filter((a) => /darna|derna|libische|libyschen/.test(a))).toEqual([]);
  });
});
