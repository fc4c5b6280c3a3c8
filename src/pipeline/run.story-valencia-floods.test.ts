/**
 * The floods in the Valencia region of 29 October 2024, told by ten outlets in en, nl and de from
 * the day after to twelve days on: one death toll rising from 95 to 220 on the day of the floods,
 * the phone alert sent at 20:11 that evening apart from the weather service's red alert of the
 * morning, the king pelted with mud in Paiporta, the storm reaching Barcelona, the protest in
 * Valencia, and the days of two undated reports and of one dated only by its month.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('valencia-floods');
}, 60_000);

const titled = (title: string) => mostTold(file, title);

describe('the Valencia floods as ten outlets told them', () => {
  it.each<[string, string, string[]]>([
    ['Warning issued', '2024-10-29', ['en_reuters_1030', 'nl_nrc_1104']],
    [
      'Carlos Mazón sends an alert to phones',
      '2024-10-29T20:11',
      [
        'de_spiegel_1110',
        'de_tagesschau_1101',
        'en_mt_1105',
        'en_reuters_1030',
        'nl_nrc_1104',
        'nl_volkskrant_undated',
      ],
    ],
    ['Pedro Sánchez visits Valencia', '2024-10-31', ['nl_nos_1031']],
    ['5,000 more troops sent to Valencia', '2024-11-02', ['en_ap_1102', 'en_guardian_1103']],
    [
      'King Felipe VI, Queen Letizia, Pedro Sánchez and Carlos Mazón pelted with mud in Paiporta',
      '2024-11-03',
      ['nl_nrc_1104'],
    ],
    [
      'King Felipe VI pelted with mud in Paiporta',
      '2024-11-03',
      ['de_dpa_undated', 'en_guardian_1103', 'nl_volkskrant_undated'],
    ],
    ['Flights cancelled', '2024-11-04', ['de_dpa_undated', 'nl_nrc_1104']],
    ['Warning issued for Barcelona', '2024-11-04', ['de_dpa_undated']],
    [
      'Tens of thousands of people protest in Valencia',
      '2024-11-09',
      ['de_spiegel_1110', 'nl_volkskrant_undated'],
    ],
    ['People injured', '2024-11-09', ['de_spiegel_1110', 'nl_volkskrant_undated']],
  ])('“%s” on %s, told by %j', (title, start, docs) => {
    const e = titled(title);
    expect(e?.when.start).toBe(start);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('one death toll, from 95 the day after to 220 twelve days on, dated to the day of the floods', () => {
    const toll = onlyCiting(file, 'The death toll rose to 211 on Saturday');
    expect(toll?.when.start).toBe('2024-10-29');
    expect(toll?.conflicts?.length).toBeGreaterThan(0);
    const sentences = toll?.sources.map((s) => s.sentence).join(' | ');
    for (const told of [
      'at least 95 people',
      'zeker 158 mensen',
      'mindestens 205 gestiegen',
      'have killed at least 211',
      'have killed at least 217',
      'mindestens 220 Menschen',
      'zeker 220 mensen',
      'rose this Tuesday to 219',
    ])
      expect(sentences).toContain(told);
  });

  it('the dead of Paiporta “alone” and “alleen al” are the town’s own toll, 40 then more than 60, not values of the national one', () => {
    const town = onlyCiting(file, 'In Paiporta alleen al kwamen zeker 40 mensen om');
    expect(town?.when.start.slice(0, 10)).toBe('2024-10-29');
    expect(town?.places).toEqual(['paiporta-es']);
    expect(town?.figures.map((f) => f.value)).toEqual([40, 60]);
    expect(documentsOf(town)).toEqual(['en_guardian_1103', 'nl_nos_1031']);
    const toll = onlyCiting(file, 'The death toll rose to 211 on Saturday');
    expect(toll?.figures.map((f) => f.value)).not.toContain(60);
  });

  it('the floods are told on the day of the rain, not on the days their dead were counted or visited', () => {
    const floods = titled('Floods south of Valencia');
    expect(floods?.when.start).toBe('2024-10-29');
    expect(floods?.sources.map((s) => s.sentence).join(' | ')).toContain('have killed at least 95 people');
    const days = file.events.filter((e) => e.kind === 'disaster').map((e) => e.when.start.slice(0, 10));
    expect([...new Set(days)].sort()).toEqual(['2024-10-29', '2024-11-04']);
  });

  it('the translation\'s "President of the Government, Pedro Almodóvar," is Pedro Sánchez', () => {
    const e = onlyCiting(file, 'announced this Tuesday a first package of aid');
    expect(e?.title).toBe('Pedro Sánchez promises aid to Valencia');
    expect(e?.actors).toContain('pedro-sanchez');
  });

  it('the towns listed after "in" are places of the disaster, not actors', () => {
    const e = onlyCiting(file, 'Most of the victims were found in Paiporta');
    expect(e?.places).toEqual(expect.arrayContaining(['alfafar-es', 'catarroja-es', 'paiporta-es']));
    expect(e?.actors).not.toContain('name:catarroja');
  });

  it('a protest over the handling of the floods is the protest, not the floods again', () => {
    const e = onlyCiting(file, 'de straat op gegaan');
    expect(e?.kind).toBe('protest');
  });

  it('the crowd the government counted and the one the organisers claimed, in the sentence after, are a conflict', () => {
    const e = onlyCiting(file, 'de straat op gegaan');
    expect(e?.conflicts.find((c) => c.field === 'figures.protesters')?.values.map((v) => v.value)).toEqual([
      130000, 300000,
    ]);
  });

  it.each([
    ['de_dpa_undated', '2024-11-04', true],
    ['nl_nrc_1104', '2024-11-04', true],
    ['nl_volkskrant_undated', '2024-11-10', true],
  ])('the report %s is dated %s (inferred: %s)', (id, day, inferred) => {
    expect(publishedOf(file, id)).toMatchObject({ date: day, precision: 'day', inferred });
  });

  it.each(['Lees ook', 'Mehr zum Thema', 'Share this article', 'Cookies', 'Alle Rechte', '©'])(
    'no event cites the site boilerplate “%s”',
    (words) => {
      expect(file.events.filter((e) => e.sources.some((s) => s.sentence.includes(words)))).toEqual([]);
    },
  );

  it('the residents’ word that the alert came at 8:11 p.m. is the alert, no statement of theirs', () => {
    expect(onlyCiting(file, 'reached their mobile phones only at 8:11 p.m.')?.kind).toBe('phone-alert');
  });
});
