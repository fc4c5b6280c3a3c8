/**
 * The earthquake in Myanmar of 28 March 2025, told by five outlets in en, nl and de from the day
 * itself to six days on: the quake near Sagaing, the junta chief's appeal for aid, a death toll
 * rising from 144 to 3,085, a rescue in Mandalay, the aftershock of Sunday, the rebels' ceasefire
 * and the junta chief's meeting in Bangkok with a Thai prime minister a translation misnamed, and
 * the days of an undated report, a month-only one and one dated only by a timestamp line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('myanmar-quake');
}, 60_000);

const titled = (title: string) => mostTold(file, title);

describe('the Myanmar earthquake as five outlets told it', () => {
  it.each<[string, string, string[]]>([
    ['Earthquake in Sagaing', '2025-03-28', ['en_reuters_0328', 'nl_volkskrant_03']],
    ['Min Aung Hlaing makes an appeal', '2025-03-28', ['en_reuters_0328', 'nl_volkskrant_03']],
    ['India sends aid', '2025-03-29', ['nl_volkskrant_03']],
    ['Rescue teams arrive in Yangon', '2025-03-29', ['nl_volkskrant_03']],
    ['National Unity Government makes a statement', '2025-03-29', ['nl_volkskrant_03']],
    ['People rescued in Mandalay', '2025-03-30', ['de_tagesschau_0401', 'en_ap_undated']],
    ['Aftershock in Mandalay', '2025-03-30', ['en_ap_undated']],
    ['Three Brotherhood Alliance declares a ceasefire', '2025-04-01', ['de_tagesschau_0401', 'en_mt_0403']],
    ['Min Aung Hlaing arrives in Bangkok', '2025-04-03', ['en_mt_0403']],
    ['Min Aung Hlaing holds talks with Paetongtarn Shinawatra', '2025-04-03', ['en_mt_0403']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = titled(title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the quake struck at 12:50 on Friday 28 March', () => {
    expect(titled('Earthquake in Sagaing')?.when.start).toBe('2025-03-28T12:50');
  });

  it('one death toll, from 144 on the day to 3,085 six days on, dated to the day of the quake', () => {
    const toll = titled('3,085 people killed');
    expect(toll?.when.start).toBe('2025-03-28');
    const sentences = toll?.sources.map((s) => s.sentence).join(' | ');
    for (const told of [
      'killing at least 144 people',
      'gestegen naar 1644',
      'rose to 1,700',
      'auf 2719 gestiegen',
      'rose to 3085',
    ])
      expect(sentences).toContain(told);
    const values = toll?.conflicts
      .find((c) => c.field === 'figures.people killed')
      ?.values.map((v) => v.value);
    expect(values).toEqual(expect.arrayContaining([144, 1644, 1700, 2719, 3085]));
  });

  it('the seven killed in an airstrike hours after the quake are no figure of the quake’s toll', () => {
    expect(titled('3,085 people killed')?.figures.map((f) => f.value)).not.toContain(7);
    const strike = file.events.find((e) =>
      e.sources.some((s) => s.sentence.startsWith('Hours after the quake')),
    );
    expect(strike?.title).toBe('7 people killed');
    expect(strike?.when.start).toBe('2025-03-28');
  });

  it('the injured, from 732 on the day to more than 4,700 six days on, are one running count', () => {
    const injured = titled('More than 4,700 people injured');
    expect(injured?.when.start).toBe('2025-03-28');
    expect(documentsOf(injured)).toEqual([
      'de_tagesschau_0401',
      'en_ap_undated',
      'en_mt_0403',
      'en_reuters_0328',
      'nl_volkskrant_03',
    ]);
    const values = injured?.conflicts
      .find((c) => c.field === 'figures.people injured')
      ?.values.map((v) => v.value);
    expect(values).toEqual([732, 3400, 4500, 4700]);
  });

  it('the dead of the tower in Bangkok are a toll of their own, no rival figure of Myanmar’s', () => {
    const myanmar = titled('3,085 people killed')?.conflicts.flatMap((c) => c.values.map((v) => v.value));
    expect(myanmar).not.toContain(18);
    const bangkok = file.events.find((e) =>
      e.sources.some((s) => s.sentence.startsWith('In Bangkok, city officials said 18 people')),
    );
    expect(bangkok?.places).toEqual(['bangkok']);
    expect(documentsOf(bangkok)).toEqual(['en_ap_undated', 'en_reuters_0328', 'nl_volkskrant_03']);
  });

  it('the Thai prime minister a translation calls “Thaksin Shinawatra” is Paetongtarn Shinawatra, as written kept', () => {
    const talks = titled('Min Aung Hlaing holds talks with Paetongtarn Shinawatra');
    expect(talks?.actors).toEqual(['min-aung-hlaing', 'paetongtarn-shinawatra']);
    const mention = talks?.sources[0]?.mentions?.find((m) => m.id === 'paetongtarn-shinawatra');
    expect(mention?.text).toBe('Thaksin Shinawatra');
  });

  it('the week of mourning ordered “bis zum 6. April” is not dated 6 April', () => {
    expect(titled('National mourning declared')?.when.start.slice(0, 10)).not.toBe('2025-04-06');
  });

  it('“Dat maakte de militaire junta zaterdag bekend” only says who told the toll', () => {
    const cited = file.events.flatMap((e) => e.sources.map((s) => s.sentence));
    expect(cited).not.toContain('Dat maakte de militaire junta zaterdag bekend.');
  });

  it.each([
    'Cookies',
    'Lees ook',
    'Mehr zum Thema',
    'Leave a Reply',
    'Reporting by',
    'Copyright',
    'automatically translated',
  ])('no event cites the site’s “%s” line', (words) => {
    expect(file.events.filter((e) => e.sources.some((s) => s.sentence.includes(words)))).toEqual([]);
  });

  it.each([
    ['en_ap_undated', '2025-03-30', true],
    ['nl_volkskrant_03', '2025-03-29', true],
    ['de_tagesschau_0401', '2025-04-01', false],
  ])('the report %s is dated %s (inferred: %s)', (id, day, inferred) => {
    expect(publishedOf(file, id)).toMatchObject({ date: day, precision: 'day', inferred });
  });
});
