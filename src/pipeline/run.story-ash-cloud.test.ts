/**
 * The ash cloud of Eyjafjallajökull, April 2010: the volcano under the glacier erupts in the small
 * hours of Wednesday 14 April, and its ash closes European airspace for a week. Five files in en,
 * nl and de: a Reuters wire of Thursday 15 April with its date glued to the headline; a NOS report
 * dated only "2010-04", of Sunday 18 April ("gisteravond" the KLM test flight, the Kaczyński
 * funeral "vandaag"); an undated Spiegel report "Fünf Tage nach dem Ausbruch", so Monday 19 April;
 * an aggregator's machine translation of a Tagesschau report of Wednesday 21 April, which garbles
 * Ramsauer ("Peter Ram Sour"), Kallas ("Maria Callas") and Raab ("Axel Raap"); and a Guardian recap
 * of Saturday 24 April with a heading per day. The NATS closure "until at least 7 a.m. … on Friday"
 * is a day ahead, not a past Friday of the story.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('ash-cloud');
}, 60_000);

const WIRE = '01_reuters_ash-grounds-flights';
const NOS = '02_nos_klm-testvlucht';
const SPIEGEL = '03_spiegel_flugverbot';
const MT = '04_eunewsfeed_airspace-free-again';
const RECAP = '05_guardian_ash-week-recap';

const titled = (title: string) => mostTold(file, title);

describe('the ash cloud of April 2010 as five files told it', () => {
  it.each<[string, string, boolean]>([
    [WIRE, '2010-04-15', false],
    // Month only: "gisteravond" the Saturday test flight, "vandaag" the Sunday funeral.
    [NOS, '2010-04-18', true],
    // No date: "Fünf Tage nach dem Ausbruch", which the wire puts on Wednesday 14 April.
    [SPIEGEL, '2010-04-19', true],
    [MT, '2010-04-21', false],
    [RECAP, '2010-04-24', false],
  ])('the report %s is dated %s (inferred: %s)', (id, day, inferred) => {
    expect(publishedOf(file, id)).toMatchObject({ date: day, precision: 'day', inferred });
  });

  it.each<[string, string, string[]]>([
    ['Volcanic eruption in Iceland', '2010-04-14', [WIRE]],
    ['National Air Traffic Services closes the airspace of United Kingdom', '2010-04-15', [RECAP]],
    ['Airspace of Netherlands closed', '2010-04-15', [NOS]],
    ['KLM makes a test flight', '2010-04-17', [NOS]],
    ['Willie Walsh makes a test flight', '2010-04-18', [RECAP]],
    ['Funeral of Lech Kaczyński', '2010-04-18', [NOS, SPIEGEL]],
    ['Airspace of United Kingdom reopens', '2010-04-20', [MT]],
    ['Airspace of Germany reopens', '2010-04-21', [MT, RECAP]],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = titled(title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the evacuation in the night to Wednesday is one, with 800 against 700 people as a conflict', () => {
    const evacuation = onlyCiting(file, 'Police evacuated about 800 people');
    expect(documentsOf(evacuation)).toEqual([WIRE, SPIEGEL, RECAP]);
    expect(evacuation?.when.end.slice(0, 10)).toBe('2010-04-14');
    expect(evacuation?.conflicts.map((c) => c.field)).toEqual(['figures.people']);
  });

  it('the Dutch airspace closed on Thursday evening is not the British one closed at noon', () => {
    const dutch = onlyCiting(file, 'Het Nederlandse luchtruim is sinds donderdagavond');
    expect(dutch?.places).toEqual(['netherlands']);
    expect(dutch?.kind).toBe('airspace-closure');
    expect(titled('National Air Traffic Services closes the airspace of United Kingdom')?.actors).toEqual([
      'nats',
    ]);
  });

  it('what the reports tell by weekday falls in the week of the ash cloud', () => {
    expect(onlyCiting(file, 'Gunnar Gunnarsson of the Icelandic Meteorological Office')?.when.start).toBe(
      '2010-04-14',
    );
    expect(onlyCiting(file, 'Am Samstag flog sie nach Rom weiter')?.when.start).toBe('2010-04-17');
    expect(onlyCiting(file, 'The measuring flight of the DLR on Monday')?.when.start).toBe('2010-04-19');
    expect(onlyCiting(file, 'said IATA-boss Giovanni Bisignani on Wednesday in Berlin')?.when.start).toBe(
      '2010-04-21',
    );
    expect(onlyCiting(file, 'scientists at the University of Iceland said yesterday')?.when.start).toBe(
      '2010-04-23',
    );
  });

  it('the three zones agreed on Monday "from 8am GMT on Tuesday" are one agreement of the Monday', () => {
    const agreement = onlyCiting(file, 'agreed on Monday evening in a video conference');
    expect(agreement?.when.start.slice(0, 10)).toBe('2010-04-19');
    expect(agreement?.sources.map((s) => s.sentence).join(' | ')).toContain(
      'agreed to split European airspace into three zones from 8am GMT on Tuesday',
    );
    expect(documentsOf(agreement)).toEqual([MT, RECAP]);
  });

  it('the geophysicist comparing with "the one in March" is not dated in March', () => {
    const said = onlyCiting(file, '10 to 20 times more powerful than the one in March');
    expect(said?.when.end.slice(0, 10)).toBe('2010-04-15');
  });

  it('the IATA demand likened to the aid "after the attacks of 11 September 2001" is not dated 2001', () => {
    const demand = onlyCiting(file, 'after the attacks of 11 September 2001');
    expect(demand?.when.start.slice(0, 4)).toBe('2010');
  });

  it.each<[string, string]>([
    ['Bundesverkehrsminister Peter Ramsauer (CSU) wies die Vorwürfe zurück', 'peter-ramsauer'],
    [
      'The measuring flight of the DLR on Monday had shown volcano ash over Germany, said Ram Sour',
      'peter-ramsauer',
    ],
    ['EU-Verkehrskommissar Siim Kallas sagte', 'siim-kallas'],
    ['Minister Eurlings van Verkeer en Waterstaat zegt', 'camiel-eurlings'],
    ['Air France-KLM put its losses at €35m a day', 'air-france-klm'],
    ['KLM heeft gisteravond boven Nederland een testvlucht uitgevoerd', 'klm'],
  ])('“%s” names %s', (words, id) => {
    expect(onlyCiting(file, words)?.actors).toContain(id);
  });
});
