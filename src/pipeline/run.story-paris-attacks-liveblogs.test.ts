/**
 * The attacks on Paris of Friday 13 November 2015 — the explosions at the Stade de France from
 * 21:20, the shootings at the café terraces of the 10th and 11th arrondissements, the Bataclan
 * taken with hostages at 21:40 and stormed at 00:20 on Saturday, Hollande's state of emergency and
 * border controls shortly before midnight, the toll rising from 18 to 129, the claim of Islamic
 * State, Hollande's "act of war" and three days of mourning on Saturday — told by three live blogs
 * and one report: a NOS blog of the Friday, newest entry first, with clock times ("00.20") and a
 * day header ("Zaterdag 14 november") where it passes midnight; a Spiegel ticker of the Saturday,
 * oldest first ("21.20 Uhr:", "0.25 Uhr:") under day headers; a Guardian blog of the Saturday,
 * newest first, that writes its clock in GMT ("11.20pm GMT"), an hour behind Paris; and an AP
 * report of the Saturday that tells the night in prose ("Friday night", "early Saturday").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { allCiting, documentsOf, onlyCiting, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('paris-attacks-liveblogs');
}, 60_000);

/** The events citing a sentence with those words. */
const citing = (words: string) => allCiting(file, words);

const ALL = ['de_spiegel_liveblog_1114', 'en_ap_1114', 'en_guardian_liveblog_1114', 'nl_nos_liveblog_1113'];

describe('the Paris attacks as three live blogs and a report told them', () => {
  it('the blogs and the report are read on the days they were published', () => {
    expect(file.documents.map((d) => [d.id, d.published.date])).toEqual(
      expect.arrayContaining([
        ['de_spiegel_liveblog_1114', '2015-11-14'],
        ['en_ap_1114', '2015-11-14'],
        ['en_guardian_liveblog_1114', '2015-11-14'],
        ['nl_nos_liveblog_1113', '2015-11-13'],
      ]),
    );
  });

  it.each<[string, string[]]>([
    [
      'the storming of the Bataclan',
      [
        'De politie is zojuist de concertzaal Bataclan binnengevallen',
        'Die Polizei stürmt die Konzerthalle Bataclan',
        'Police have just stormed the Bataclan concert hall',
      ],
    ],
    [
      'Hollande’s state of emergency',
      [
        'President Hollande kondigt de noodtoestand af',
        'Hollande verhängt den Ausnahmezustand',
        'Hollande has declared a state of emergency',
        'Hollande declared a state of emergency across France',
      ],
    ],
  ])(
    '%s is one event citing every entry and sentence that reports it, of all four sources',
    (_what, sentences) => {
      const event = onlyCiting(file, sentences[0] ?? '');
      for (const words of sentences.slice(1)) expect(onlyCiting(file, words)).toBe(event);
      expect(documentsOf(event)).toEqual(ALL);
    },
  );

  it.each<[string, string, string]>([
    [
      'NOS’s police that “zojuist” went in at 00.20',
      'zojuist de concertzaal Bataclan binnengevallen',
      '2015-11-14T00:20',
    ],
    [
      'the Guardian’s police that “have just stormed” at 11.20pm GMT',
      'Police have just stormed the Bataclan',
      '2015-11-14T00:20',
    ],
    [
      'the Guardian’s shots “just” fired at 8.40pm GMT',
      'Shots have just been fired inside',
      '2015-11-13T21:40',
    ],
  ])('%s are dated at the entry’s clock, in Paris time', (_what, words, value) => {
    expect(onlyCiting(file, words)?.when.value).toBe(value);
  });

  it('the storming told in prose, “early Saturday, at about 12.20 a.m.”, is the storming the blogs tell', () => {
    const storming = onlyCiting(file, 'Police have just stormed the Bataclan concert hall');
    expect(citing('Police stormed the Bataclan early Saturday')).toContain(storming);
    expect(storming?.kind).toBe('raid');
    expect(storming?.places).toContain('bataclan');
  });

  it('the storming “at about 12.20 a.m.” is cited without the next sentence, the attackers who blew themselves up', () => {
    const sentences = citing('Police stormed the Bataclan early Saturday')
      .flatMap((e) => e.sources)
      .map((s) => s.sentence)
      .filter((s) => s.includes('Police stormed the Bataclan'));
    expect(new Set(sentences)).toEqual(
      new Set(['Police stormed the Bataclan early Saturday, at about 12.20 a.m.']),
    );
  });

  it('the explosions at the Stade de France are one event of the three blogs and the report, of Friday', () => {
    const explosions = onlyCiting(file, 'Bij het Stade de France zijn zojuist twee explosies geweest');
    for (const words of [
      'Eerder vanavond werd bij het Stade de France in Saint-Denis een explosie gehoord',
      'Am Stade de France in Saint-Denis ist eine Explosion zu hören',
      'Reports are coming in of explosions near the Stade de France',
      'Earlier tonight two explosions were heard outside the Stade de France',
      'Two more explosions followed outside the stadium',
    ])
      expect(onlyCiting(file, words)).toBe(explosions);
    expect(documentsOf(explosions)).toEqual(ALL);
    expect(explosions?.when.start.slice(0, 10)).toBe('2015-11-13');
  });

  it('the shots in the Bataclan are one event of the three blogs and the report, at 21:40', () => {
    const shots = onlyCiting(file, 'In de concertzaal Bataclan is net geschoten');
    for (const words of [
      'Schüsse in der Konzerthalle Bataclan im 11. Arrondissement',
      'Shots have just been fired inside the Bataclan concert hall',
      'three gunmen burst into the Bataclan concert hall',
    ])
      expect(onlyCiting(file, words)).toBe(shots);
    expect(documentsOf(shots)).toEqual(ALL);
    expect(shots?.when.value).toBe('2015-11-13T21:40');
  });

  it('the shootings on the café terraces from about 21:25 are one event of three sources, not the Bataclan’s', () => {
    const terraces = onlyCiting(file, 'Gunmen have opened fire on the terraces');
    for (const words of [
      'Bij de restaurants Le Carillon en Le Petit Cambodge in het 10e arrondissement wordt geschoten',
      'Ook bij café La Belle Équipe in de Rue de Charonne',
      'gunmen opened fire on the terraces of Le Carillon and Le Petit Cambodge',
    ])
      expect(onlyCiting(file, words)).toBe(terraces);
    expect(terraces).not.toBe(onlyCiting(file, 'In de concertzaal Bataclan is net geschoten'));
    expect(terraces?.places).toEqual(
      expect.arrayContaining(['le-carillon', 'le-petit-cambodge', 'la-belle-equipe']),
    );
    expect(terraces?.places).not.toContain('bataclan');
    expect(terraces?.when.start.slice(0, 13)).toBe('2015-11-13T21');
  });

  it.each<[string, string, string]>([
    [
      'the explosions at the Stade de France at 21.30',
      'Bij het Stade de France zijn zojuist twee explosies',
      '2015-11-13',
    ],
    ['the terrace shootings at “8.30pm GMT”', 'Gunmen have opened fire on the terraces', '2015-11-13'],
    ['the shots in the Bataclan at 21.50', 'In de concertzaal Bataclan is net geschoten', '2015-11-13'],
    [
      'the storming at 00.20, under “Zaterdag 14 november”',
      'zojuist de concertzaal Bataclan binnengevallen',
      '2015-11-14',
    ],
    [
      'the storming at “0.25 Uhr”, under “Samstag, 14. November”',
      'Die Polizei stürmt die Konzerthalle Bataclan',
      '2015-11-14',
    ],
    [
      'the state of emergency at 23.58, below the entries after midnight',
      'President Hollande kondigt de noodtoestand af',
      '2015-11-13',
    ],
    ['the state of emergency at “23.55 Uhr”', 'Hollande verhängt den Ausnahmezustand', '2015-11-13'],
    ['the storming at “11.20pm GMT”, 00:20 in Paris', 'Police have just stormed the Bataclan', '2015-11-14'],
    [
      'the state of emergency at “10.58pm GMT”, 23:58 in Paris',
      'Hollande has declared a state of emergency',
      '2015-11-13',
    ],
    ['Obama’s words at “3.10am GMT”', 'Barack Obama has called the attacks', '2015-11-14'],
    [
      'the mourning declared at “8.50am GMT”',
      'Hollande has declared three days of national mourning',
      '2015-11-14',
    ],
  ])('%s is an event of %s', (_what, words, day) => {
    expect(onlyCiting(file, words)?.when.start.slice(0, 10)).toBe(day);
  });

  it('Rutte, who “laat weten dat hij geschokt is”, makes a statement at the entry’s 23.40, not before it', () => {
    const reaction = onlyCiting(file, 'Premier Rutte laat weten dat hij geschokt is');
    expect(reaction?.kind).toBe('statement');
    expect(reaction?.actors).toContain('rutte');
    expect(reaction?.when.value).toBe('2015-11-13T23:40');
  });

  it.each<[string, string]>([
    ['NOS', 'Eerder vanavond werd bij het Stade de France'],
    ['the Guardian', 'Earlier tonight two explosions were heard'],
  ])(
    'what %s recalls “earlier tonight” is the explosions of Friday, not a happening at the clock of its entry',
    (_who, words) => {
      const recalled = onlyCiting(file, words);
      expect(recalled).toBe(
        onlyCiting(file, 'Am Stade de France in Saint-Denis ist eine Explosion zu hören'),
      );
      expect(recalled?.when.start.slice(0, 10)).toBe('2015-11-13');
    },
  );

  it('the toll told as 18, about 40, more than 100, 120, 128 and 129 is a conflict of counts', () => {
    const tolls = [
      ...citing('Het aantal doden is gestegen tot zeker 18'),
      ...citing('ongeveer 40 doden'),
      ...citing('Die Zahl der Toten steigt auf mehr als 100'),
      ...citing('het dodental is opgelopen tot zeker 120'),
      ...citing('128 Menschen wurden getötet'),
      ...citing('129 people were killed'),
    ];
    const values = tolls
      .flatMap((e) => e.conflicts)
      .filter((c) => c.field === 'figures.people killed')
      .flatMap((c) => c.values.map((v) => v.value));
    expect(values).toEqual(expect.arrayContaining([18, 40, 100, 120, 128, 129]));
  });

  it('the border controls Hollande ordered are an event of Friday', () => {
    const controls = citing('reinstated border controls');
    expect(controls.length).toBeGreaterThan(0);
    for (const e of controls) expect(e.when.start.slice(0, 10)).toBe('2015-11-13');
  });

  it('Islamic State’s claim is an event of Saturday', () => {
    const claim = citing('The Islamic State group claimed responsibility Saturday').find(
      (e) => e.kind === 'claim',
    );
    expect(claim?.when.start.slice(0, 10)).toBe('2015-11-14');
    expect(claim?.actors).toContain('islamic-state');
  });

  it('the three days of national mourning are one event of Saturday in three sources, Hollande’s', () => {
    const mourning = onlyCiting(file, 'Hollande has declared three days of national mourning');
    expect(onlyCiting(file, 'Er ruft eine dreitägige Staatstrauer aus')).toBe(mourning);
    expect(mourning?.when.start.slice(0, 10)).toBe('2015-11-14');
    expect(mourning?.actors).toContain('hollande');
    expect(documentsOf(mourning)).toEqual([
      'de_spiegel_liveblog_1114',
      'en_ap_1114',
      'en_guardian_liveblog_1114',
    ]);
  });

  it.each<[string, string, string]>([
    ['the stadium', 'Am Stade de France in Saint-Denis ist eine Explosion zu hören', 'stade-de-france'],
    ['Saint-Denis', 'Am Stade de France in Saint-Denis ist eine Explosion zu hören', 'saint-denis'],
    ['the Bataclan', 'Shots have just been fired inside the Bataclan', 'bataclan'],
    [
      'the 10th arrondissement',
      'Bij de restaurants Le Carillon en Le Petit Cambodge in het 10e',
      'paris-10th-arrondissement',
    ],
    [
      'the 11th arrondissement',
      'Schüsse in der Konzerthalle Bataclan im 11. Arrondissement',
      'paris-11th-arrondissement',
    ],
  ])('%s is a place of the event told there', (_what, words, place) => {
    expect(onlyCiting(file, words)?.places).toContain(place);
  });

  it('“Islamischer Staat” and “Islamic State” are one actor, and Hollande is one in three languages', () => {
    const mentions = file.events.flatMap((e) => e.sources).flatMap((s) => s.mentions ?? []);
    const is = mentions.filter((m) => /Islami/.test(m.text));
    expect(new Set(is.map((m) => m.id))).toEqual(new Set(['islamic-state']));
    const hollande = mentions.filter((m) => m.text.includes('Hollande'));
    expect(new Set(hollande.map((m) => m.id))).toEqual(new Set(['hollande']));
  });
});
