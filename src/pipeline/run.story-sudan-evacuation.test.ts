/**
 * The war that broke out in Sudan on 15 April 2023 and the evacuation of foreigners, as five
 * outlets told it in en, nl and de (a Reuters wire, NOS, tagesschau, the Guardian and an undated
 * machine translation from Arabic that writes Dagalo "Daqlo"), run through the whole pipeline: the
 * outbreak, the airliner and the convoy fired upon, the truces agreed and broken, and each state's
 * evacuation, on the right day, citing every report that tells it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('sudan-evacuation');
}, 60_000);

const event = (title: string) => mostTold(file, title);

describe('events of the war in Sudan and the evacuations', () => {
  it.each<[string, string, string[]]>([
    // "Fighting broke out on Saturday", "sinds 15 april gevochten", "Seit dem 15. April kämpfen".
    ['Fighting breaks out in Sudan', '2023-04-15', ['de_tagesschau_0425', 'en_reuters_0418', 'nl_nos_0424']],
    ['Plane hit by gunfire in Khartoum', '2023-04-15', ['en_reuters_0418']],
    ['3 workers killed', '2023-04-15', ['en_reuters_0418']],
    ['Convoy attacked', '2023-04-17', ['en_reuters_0418']],
    ['Foreign nationals evacuated', '2023-04-23', ['de_tagesschau_0425', 'nl_nos_0424']],
    // The helicopters the USA sent are an evacuation apart from the Bundeswehr's flights the same report tells.
    [
      'United States evacuates embassy staff from Khartoum',
      '2023-04-23',
      ['de_tagesschau_0425', 'nl_nos_0424'],
    ],
    // "Seit Mitternacht gilt im Sudan eine 72-stündige Waffenruhe" in the report of Tuesday 25 April.
    ['Ceasefire agreed in Sudan', '2023-04-25', ['de_tagesschau_0425', 'en_guardian_0427']],
    ['More than 500 people evacuated from Khartoum', '2023-04-25', ['en_guardian_0427']],
    // "Germany ended its evacuation on Wednesday after flying out 780 people".
    ['Germany ends its evacuation', '2023-04-26', ['en_guardian_0427']],
    ['Strikes on Omdurman', '2023-04-26', ['en_guardian_0427']],
  ])('“%s” on %s, citing %j', (title, day, documents) => {
    const found = event(title);
    expect(found?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(found)).toEqual(documents);
  });

  it('gives the toll of the dead every report counts, 270 to 459, as one running count', () => {
    const toll = event('459 people killed');
    expect(documentsOf(toll)).toEqual([
      'de_tagesschau_0425',
      'en_guardian_0427',
      'en_mt_undated',
      'en_reuters_0418',
      'nl_nos_0424',
    ]);
  });

  it('reads “up from 185 dead reported by … Volker Perthes on Monday” as the count compared with, no news', () => {
    const told = file.events.filter((e) => e.sources.some((s) => s.sentence.includes('up from 185 dead')));
    expect(told.map((e) => e.title).sort()).toEqual(['4,072 people injured', '459 people killed']);
    expect(told.flatMap((e) => e.actors)).not.toContain('name:volker-perthes');
    expect(told.flatMap((e) => e.figures.map((f) => f.value))).not.toContain(185);
  });

  it('tells no riot of the clashes between the army and the RSF', () => {
    expect(file.events.filter((e) => e.kind === 'riot')).toEqual([]);
  });

  it('keeps the first Dutch evacuees apart from the Bundeswehr’s 700', () => {
    const dutch = onlyCiting(file, 'Een eerste groep Nederlanders');
    expect(documentsOf(dutch)).toEqual(['nl_nos_0424']);
  });

  it('dates the Eid truce NOS tells broken, “dat vrijdag inging”, to Friday 21 April', () => {
    const broken = onlyCiting(file, 'Een bestand ter gelegenheid van het Suikerfeest');
    expect([broken?.title, broken?.when.start.slice(0, 10)]).toEqual(['Ceasefire broken', '2023-04-21']);
  });

  it('dates the Eid truce the army agreed to “on Friday” to Friday 21 April', () => {
    const truce = onlyCiting(file, 'on the occasion of Eid al-Fitr, to allow');
    expect([truce?.title, truce?.when.start.slice(0, 10)]).toEqual([
      'Ceasefire agreed in Khartoum',
      '2023-04-21',
    ]);
  });

  it('dates the Bundeswehr’s flights “seit Sonntag” to Sunday 23 April, apart from the Americans’ helicopters', () => {
    const flights = onlyCiting(file, 'Die Bundeswehr hat seit Sonntag');
    expect([flights?.title, flights?.when.start.slice(0, 10)]).toEqual([
      'More than 700 people evacuated from Sudan',
      '2023-04-23',
    ]);
    expect(flights?.sources.some((s) => s.sentence.includes('Hubschraubern'))).toBe(false);
  });

  it('tells no truce broken from “Frühere Feuerpausen waren … gebrochen worden”, told of none in particular', () => {
    expect(file.events.some((e) => e.sources.some((s) => s.sentence.startsWith('Frühere Feuerpausen')))).toBe(
      false,
    );
  });

  it('takes the machine translation’s “Mohamed Hamdan Daqlo” for Dagalo', () => {
    const mention = file.events
      .flatMap((e) => e.sources)
      .filter((s) => s.document === 'en_mt_undated')
      .flatMap((s) => s.mentions ?? [])
      .find((m) => m.text === 'Mohamed Hamdan Daqlo');
    expect(mention?.id).toBe('dagalo');
  });

  it('takes “known as Hamidti” for Dagalo, no one else', () => {
    const statement = onlyCiting(file, 'known as Hamidti');
    expect(statement?.actors).toEqual(['dagalo', 'rsf']);
  });

  it('dates the undated translation of the Eid truce to that Friday, not after the dated report that counted more dead than its 413', () => {
    const published = publishedOf(file, 'en_mt_undated');
    expect(published).toMatchObject({ date: '2023-04-21', precision: 'day', inferred: true });
  });
});
