/**
 * The collapse of Genoa's Morandi bridge on 14 August 2018, told by five outlets in en, nl and de,
 * from the day itself to the demolition of its last pylons in June 2019: one collapse cited by all
 * five, a toll rising from 22 to 43, the state of emergency, the residents who had to leave, the
 * state funeral, and the names a translation from Italian garbles ("Luigi Of May", "Matthew
 * Salvini", "Giuseppe Count", "Highways for Italy"); one report undated, one dated only by its month.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('genoa-bridge');
}, 60_000);

const ALL = ['de_spiegel_0816', 'en_ap_2019_0628', 'en_mt_0818', 'en_reuters_0814', 'nl_nos_0815'];

describe('the Genoa bridge collapse as five outlets told it', () => {
  it.each<[string, string, string[]]>([
    ['Collapse at the Morandi bridge', '2018-08-14', ALL],
    ['43 people killed', '2018-08-14', ALL],
    ['Italy declares a state of emergency in Genoa', '2018-08-15', ['de_spiegel_0816']],
    ['Funeral in Genoa', '2018-08-18', ['en_mt_0818']],
    ['Explosions at the Morandi bridge', '2019-06-28', ['en_ap_2019_0628']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the bridge gave way at 11:36 in Genoa, as "Dinsdagochtend stortte … in" and "war … eingestürzt" tell too', () => {
    const collapse = mostTold(file, 'Collapse at the Morandi bridge');
    expect(collapse?.when.start).toBe('2018-08-14T11:36');
    expect(collapse?.places).toEqual(expect.arrayContaining(['genoa', 'morandi-bridge']));
    const sentences = collapse?.sources.map((s) => s.sentence).join(' | ');
    expect(sentences).toContain('gave way at about 11:36 a.m.');
    expect(sentences).toContain('Dinsdagochtend stortte een deel van de Morandibrug in');
    expect(sentences).toContain(
      'Am vergangenen Dienstag war ein rund 200 Meter langes Teilstück der Morandi-Brücke eingestürzt.',
    );
  });

  it('"A stretch of roadway … and one of the concrete pylons that held it crashed to the ground" is the collapse told again, no crash of its own', () => {
    const collapse = mostTold(file, 'Collapse at the Morandi bridge');
    expect(collapse?.sources.map((s) => s.sentence)).toContain(
      'A stretch of roadway some 200 metres long and one of the concrete pylons that held it crashed to the ground.',
    );
    expect(file.events.filter((e) => e.kind === 'accident')).toEqual([]);
  });

  it('the demolition of 28 June 2019 is one controlled explosion at 9:30, at the bridge over the Polcevera', () => {
    const demolition = file.events.filter((e) => e.kind === 'explosion');
    expect(demolition).toHaveLength(1);
    expect(demolition[0]?.when.start).toBe('2019-06-28T09:30');
    expect(demolition[0]?.places).toEqual(expect.arrayContaining(['morandi-bridge', 'polcevera']));
  });

  it('"…, the fire service said" is the fire service speaking, not some "Service"', () => {
    expect(onlyCiting(file, 'the fire service said')?.title).toBe('Fire service makes a statement');
  });

  it('no source disagrees on the day of the collapse: "last August" holds the 14th, and the funeral’s Saturday is not its day', () => {
    const collapse = mostTold(file, 'Collapse at the Morandi bridge');
    expect(collapse?.conflicts.filter((c) => c.field === 'when')).toEqual([]);
  });

  it('the toll rose from "at least 22" to 39 and 43, and "Onder de doden zijn drie kinderen" is no toll of three', () => {
    const toll = mostTold(file, '43 people killed');
    const values = toll?.conflicts
      .find((c) => c.field === 'figures.people killed')
      ?.values.map((v) => v.value);
    expect(values).toEqual(expect.arrayContaining([22, 38, 39, 43]));
    expect(values).not.toContain(3);
  });

  it('"The budget of the victims rose on Saturday to 43 dead" is the collapse’s toll as counted on Saturday the 18th, no deaths of that day', () => {
    const toll = mostTold(file, '43 people killed');
    expect(toll?.sources.map((s) => s.sentence)).toContain(
      'The budget of the victims rose on Saturday to 43 dead, after the firefighters extracted from the rubble the bodies of a couple and their daughter of nine years.',
    );
    const counts = toll?.conflicts.find((c) => c.field === 'figures.people killed')?.values;
    expect(counts?.map((v) => [v.value, v.reported])).toEqual([
      [22, '2018-08-14'],
      [39, '2018-08-15'],
      [38, '2018-08-16'],
      [43, '2018-08-18'],
    ]);
    expect(file.events.filter((e) => e.kind === 'death' && e.when.start.startsWith('2018-08-18'))).toEqual(
      [],
    );
  });

  it('"Nach Angaben der Behörden kamen mindestens 38 Menschen ums Leben, 15 wurden verletzt" counts 38 dead, not 38 injured', () => {
    const injured = file.events
      .filter((e) => e.kind === 'injury')
      .flatMap((e) => e.figures.map((f) => f.value));
    expect(injured).not.toContain(38);
  });

  it('the state of emergency was declared on Wednesday evening, in Genoa and Liguria', () => {
    const emergency = mostTold(file, 'Italy declares a state of emergency in Genoa');
    expect(emergency?.when.value).toBe('2018-08-15TEV');
    expect(emergency?.places).toEqual(expect.arrayContaining(['genoa', 'liguria']));
  });

  it('the residents below the bridge had to leave their homes: "mussten ihre Wohnungen unterhalb der Brücke verlassen"', () => {
    expect(onlyCiting(file, 'Rund 600 Anwohner mussten ihre Wohnungen')?.kind).toBe('evacuation');
  });

  it('the funeral is celebrated by the cardinal, not his own', () => {
    const funeral = mostTold(file, 'Funeral in Genoa');
    expect(funeral?.places).toContain('genoa');
    expect(file.events.map((e) => e.title)).not.toContain('Funeral of Angelo Bagnasco');
  });

  it.each<[string, string]>([
    ['Luigi Of May said that', 'luigi-di-maio'],
    ['Matthew Salvini said that the company must pay', 'matteo-salvini'],
    ['Vicepremier Luigi Di Maio zei', 'luigi-di-maio'],
    ['Regierungschef Giuseppe Conte kündigte an', 'giuseppe-conte'],
    ['Staatspräsident Sergio Mattarella sprach', 'sergio-mattarella'],
    ['Transport Minister Danilo Toninelli called the collapse', 'danilo-toninelli'],
    ['The premier Giuseppe Count repeated that', 'giuseppe-conte'],
  ])('“%s …” is said by %s', (words, actor) => {
    expect(onlyCiting(file, words)?.actors).toContain(actor);
  });

  it('"…," said Genoa Mayor Marco Bucci: the mayor speaks, not Genoa', () => {
    expect(onlyCiting(file, 'said Genoa Mayor Marco Bucci')?.title).toBe('Marco Bucci makes a statement');
  });

  it('"Prosecutors are investigating" in June 2019 is not dated to the day of the collapse', () => {
    expect(onlyCiting(file, 'Prosecutors are investigating')?.when.start.slice(0, 4)).toBe('2019');
  });

  it('"die Behörden befürchten einen weiteren Einsturz" is a fear, no report of the collapse', () => {
    const cited = mostTold(file, 'Collapse at the Morandi bridge')?.sources.map((s) => s.sentence) ?? [];
    expect(cited.some((s) => s.includes('befürchten einen weiteren Einsturz'))).toBe(false);
  });

  it('"Luigi Of May" names no month: nothing happened in May 2018', () => {
    expect(file.events.filter((e) => e.when.start.startsWith('2018-05'))).toEqual([]);
  });

  it('Genua and the Morandibrug are Genoa and the Morandi bridge', () => {
    expect(file.places.map((p) => p.id)).toEqual(
      expect.arrayContaining(['genoa', 'morandi-bridge', 'liguria']),
    );
  });

  it.each<[string]>([['korrodierte Stahlseile'], ['vervangen zou moeten worden']])(
    '“%s” tells no theft or dismissal',
    (words) => {
      const kinds = file.events
        .filter((e) => e.sources.some((s) => s.sentence.includes(words)))
        .map((e) => e.kind);
      expect(kinds).not.toEqual(expect.arrayContaining(['theft']));
      expect(kinds).not.toContain('dismissal');
    },
  );
});
