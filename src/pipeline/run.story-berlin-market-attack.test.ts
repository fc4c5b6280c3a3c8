/**
 * The Berlin Christmas-market attack of December 2016, told by five reports in en, nl and de: an
 * English wire with its date line glued to the headline, a Dutch report under cookie boilerplate
 * whose date line carries its update after a middle dot, an undated German report, a machine
 * translation dated by its month only and a German recap a year on with a chronicle of the days
 * after the attack.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('berlin-market-attack');
}, 60_000);

describe('the Berlin Christmas-market attack as five reports told it', () => {
  it.each<[string, string, boolean]>([
    ['wire_berlin_market_truck', '2016-12-20', false],
    ['nl_politie_zoekt_amri', '2016-12-21', false],
    // "Drei Tage nach dem Anschlag", Monday to Thursday told as past: the Thursday after the attack.
    ['de_fingerabdruecke_amri', '2016-12-22', true],
    // "in the night to Friday", "On Saturday", "this Christmas Eve".
    ['mt_amri_milan_shot', '2016-12-24', true],
    ['recap_ein_jahr_breitscheidplatz', '2017-12-19', false],
  ])('%s is read on %s (inferred: %s)', (id, date, inferred) => {
    expect(publishedOf(file, id)).toMatchObject({ date, precision: 'day', inferred });
  });

  it('the undated German report is not read in the week of the recap a year on, which tells the same names', () => {
    const published = publishedOf(file, 'de_fingerabdruecke_amri');
    expect(published?.reason).toContain(
      'recap_ein_jahr_breitscheidplatz (2017-12-19), the closest report, does not fit',
    );
  });

  it.each<[string, string, string[]]>([
    [
      'Łukasz Urban killed',
      '2016-12-19',
      ['mt_amri_milan_shot', 'nl_politie_zoekt_amri', 'recap_ein_jahr_breitscheidplatz'],
    ],
    ['Prisoners freed', '2016-12-20', ['de_fingerabdruecke_amri', 'nl_politie_zoekt_amri']],
    ['Responsibility claimed', '2016-12-20', ['nl_politie_zoekt_amri', 'recap_ein_jahr_breitscheidplatz']],
    ['Angela Merkel makes a statement', '2016-12-20', ['nl_politie_zoekt_amri', 'wire_berlin_market_truck']],
    [
      'Christmas market reopens',
      '2016-12-22',
      [
        'de_fingerabdruecke_amri',
        'mt_amri_milan_shot',
        'nl_politie_zoekt_amri',
        'recap_ein_jahr_breitscheidplatz',
      ],
    ],
    ['Anis Amri killed', '2016-12-23', ['mt_amri_milan_shot', 'recap_ein_jahr_breitscheidplatz']],
    ['3 people arrested', '2016-12-24', ['mt_amri_milan_shot']],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the dead of the attack are twelve in every report: “at around 3 o’clock” counts no dead', () => {
    const e = file.events.find(
      (ev) =>
        ev.kind === 'death' &&
        ev.sources.some((s) => s.sentence.includes('12 people were killed and 48 injured')),
    );
    expect(e?.when.start.slice(0, 10)).toBe('2016-12-19');
    expect(documentsOf(e)).toContain('mt_amri_milan_shot');
    expect(e?.conflicts.filter((c) => c.field === 'figures.people killed')).toEqual([]);
    // The search ended in Sesto San Giovanni, “the most wanted man of Europe”: not the attack's places.
    expect(e?.places).not.toContain('sesto-san-giovanni');
    expect(e?.places).not.toContain('europe');
  });

  it('the injured of the attack on Monday are counted differently by all five reports', () => {
    const e = file.events.find(
      (ev) =>
        ev.kind === 'injury' &&
        ev.sources.some((s) => s.sentence.includes('12 people were killed and 48 injured')),
    );
    expect(e?.when.start.slice(0, 10)).toBe('2016-12-19');
    expect(documentsOf(e)).toEqual([
      'de_fingerabdruecke_amri',
      'mt_amri_milan_shot',
      'nl_politie_zoekt_amri',
      'recap_ein_jahr_breitscheidplatz',
      'wire_berlin_market_truck',
    ]);
    const injured = e?.conflicts.find((c) => c.field === 'figures.people injured');
    // 48 (wire), 49 (Dutch), more than 50 (German), 56 (translation), about 70 (recap a year on).
    expect(injured?.values.map((v) => Number(v.value)).sort((x, y) => x - y)).toEqual([48, 49, 50, 56, 70]);
  });

  it('the search of the shelter in Emmerich is one happening of Wednesday, in Dutch and German', () => {
    const e = onlyCiting(file, 'Vanochtend doorzocht de politie een asielzoekerscentrum in Emmerich');
    expect(e?.when.start.slice(0, 10)).toBe('2016-12-21');
    expect(documentsOf(e)).toEqual(['de_fingerabdruecke_amri', 'nl_politie_zoekt_amri']);
    expect(e?.places).toContain('emmerich');
    expect(e?.title).toBe('Raid in Emmerich');
  });

  it('the federal prosecutor’s word on the fingerprints is told on the Thursday of the undated report', () => {
    const e = onlyCiting(file, 'sagte Generalbundesanwalt Peter Frank am Donnerstag in Karlsruhe');
    expect(e?.when.start.slice(0, 10)).toBe('2016-12-22');
    expect(e?.actors).toContain('peter-frank');
  });

  it('the recap’s chronicle label “21. Dezember:” names the wanted notice of 2016, not a day after the recap', () => {
    const e = onlyCiting(file, 'Die Bundesanwaltschaft schreibt Amri europaweit zur Fahndung aus');
    expect(e?.title).toBe('Manhunt launched');
    expect(e?.when.start.slice(0, 10)).toBe('2016-12-21');
    // The reward for tips "die zu seiner Festnahme führen" is the same wanted notice, no arrest.
    expect(documentsOf(e)).toEqual([
      'de_fingerabdruecke_amri',
      'nl_politie_zoekt_amri',
      'recap_ein_jahr_breitscheidplatz',
    ]);
  });

  it.each<[string, string]>([
    ['Federal Interior Minister Thomas the Maizière said he was relieved', 'thomas-de-maiziere'],
    ['Innensenator Andreas Geisel (SPD) kündigte an', 'andreas-geisel'],
    ['De minister van Binnenlandse Zaken van de deelstaat Noordrijn-Westfalen, Ralf Jäger', 'ralf-jaeger'],
    // The translation's "Andreas Hostage" (German "Geisel") and "Marco Minnelli".
    ['The Berlin Interior Senator Andreas Hostage (SPD) said', 'andreas-geisel'],
    ['the Italian Interior Minister Marco Minnelli said', 'marco-minniti'],
  ])('the minister named in “%s” is %s', (words, actor) => {
    expect(onlyCiting(file, words)?.actors).toContain(actor);
  });

  it('Amri’s brothers appealing to him in Tunisia are no statement of Amri', () => {
    const e = onlyCiting(file, 'In Tunesien wandten sich Amris Brüder');
    expect(e?.title).not.toContain('Anis Amri');
  });

  it('the mayor visiting the injured is a visit, and candles lit for the victims are no arson', () => {
    expect(onlyCiting(file, 'Michael Müller (SPD) besuchte am Nachmittag Verletzte')?.title).toBe(
      'Michael Müller visits',
    );
    const arson = file.events.filter((e) => e.kind === 'arson');
    expect(arson.map((e) => e.when.start.slice(0, 4))).toEqual(['2011']);
  });

  it('a square declares nothing: the market closed and flags at half mast are no act of Breitscheidplatz', () => {
    const e = onlyCiting(file, 'The Breitscheidplatz market will stay closed until further notice');
    expect(e?.title.startsWith('Breitscheidplatz')).toBe(false);
    expect(e?.places).toContain('breitscheidplatz');
  });

  it('the officer who fired back and killed the attacker is not the one killed', () => {
    const e = onlyCiting(file, 'fired back and killed the attacker');
    expect(e?.title).not.toContain('Luca Scatà');
  });

  it('“Festnahmen gab es … nicht” is no arrest', () => {
    const arrests = file.events.filter(
      (e) => e.kind === 'arrest' && e.sources.some((src) => src.sentence.startsWith('Festnahmen gab es')),
    );
    expect(arrests).toEqual([]);
  });

  it('the Amri “of the Berlin Christmas market” who “is dead” is the one shot near Milan on Friday', () => {
    const e = onlyCiting(file, 'The suspected assassin of the Berlin Christmas market, Anis Amri, is dead.');
    expect(e?.when.start.slice(0, 10)).toBe('2016-12-23');
    expect(e?.places).not.toContain('berlin');
    expect(documentsOf(e)).toEqual(['mt_amri_milan_shot', 'recap_ein_jahr_breitscheidplatz']);
  });

  it('a “Gefährder”, “iemand die in staat wordt geacht tot een aanslag”, is Jäger’s word, no attack', () => {
    const e = onlyCiting(file, "bekend stond als 'Gefährder'");
    expect(e?.kind).toBe('statement');
    expect(e?.title).toBe('Ralf Jäger makes a statement');
  });

  it('Kurt Beck’s report “in der vergangenen Woche” is dated the week before the recap', () => {
    const e = onlyCiting(file, 'Kurt Beck, hatte in der vergangenen Woche');
    expect(e?.when).toMatchObject({ start: '2017-12-11', precision: 'week' });
  });

  it.each<[string, string]>([
    ['people laying flowers, counted elsewhere as “mehr als 50 Menschen”', 'legten Menschen Blumen nieder'],
    ['the Polish lorry driver, “der polnische Lkw-Fahrer, der …”', 'sowie der polnische Lkw-Fahrer'],
  ])('%s are nobody named: no event is titled by them', (_, words) => {
    const titles = file.events
      .filter((e) => e.sources.some((s) => s.sentence.includes(words)))
      .map((e) => e.title);
    expect(titles.join(' | ')).not.toMatch(/Menschen Blumen|Lkw-Fahrer/);
  });

  it('the truck that “drove into the market … on Breitscheidplatz shortly after 8 p.m.” is the attack, not one in Poland', () => {
    const e = onlyCiting(file, 'drove into the market beside the Kaiser Wilhelm Memorial Church');
    expect(e?.title).toBe('Attack in Breitscheidplatz');
    expect(e?.when.start).toBe('2016-12-19T20:00');
    // "The black Scania articulated truck, registered in Poland": the truck's make and registration.
    expect(e?.places).not.toContain('poland');
    expect(e?.actors).not.toContain('name:scania');
  });
});
