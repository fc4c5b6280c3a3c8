/**
 * The Love Parade disaster in Duisburg: on Saturday 24 July 2010 a crush on the ramp from the
 * tunnel under Karl-Lehr-Straße to the festival grounds killed 21 people. Five files in en, de and
 * nl tell it: an AP report of the Saturday with its date line glued to the headline, a Spiegel
 * report of Monday 26 July with front matter, an undated Volkskrant report of Wednesday 28 July
 * (the toll reaches 21 "in de nacht van dinsdag op woensdag"), a machine translation of the
 * memorial service on Saturday 31 July, and a Deutsche Welle report a month on, dated "2010-08".
 * The toll runs 15, 18, 19, 20 and 21; the injured 80, 342, 511, "more than 500" and 650; the
 * mayor refuses to resign; the organiser says the parade will never be held again; the translation
 * garbles Jäger, von Schmeling and Wulff.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('love-parade-duisburg');
}, 60_000);

const AP = '01_ap_love-parade-crush';
const SPIEGEL = '02_spiegel_schuldfrage';
const VOLKSKRANT = '03_volkskrant_dodental-21';
const MT = '04_newsdesk24_memorial-mt';
const DW = '05_dw_one-month-on';

describe('the Love Parade disaster as five files told it', () => {
  it.each<[string, string, 'day' | 'month', boolean]>([
    [AP, '2010-07-24', 'day', false],
    [SPIEGEL, '2010-07-26', 'day', false],
    // "Vier dagen na het drama", the night "van dinsdag op woensdag" and "vanochtend": Wednesday.
    // Its 511 injured do not put it after the translation's rounded "more than 500".
    [VOLKSKRANT, '2010-07-28', 'day', true],
    [MT, '2010-07-31', 'day', false],
    [DW, '2010-08-01', 'month', false],
  ])('the report %s is dated %s (%s, inferred: %s)', (id, day, precision, inferred) => {
    expect(publishedOf(file, id)).toMatchObject({ date: day, precision, inferred });
  });

  it('the crush of Saturday 24 July is one toll, told by every file, its figures in conflict', () => {
    const toll = mostTold(file, '21 people killed');
    expect(toll?.when.start).toBe('2010-07-24');
    expect(toll?.sources.map((s) => s.sentence)).toContain(
      "A crush in a packed tunnel at the Love Parade techno festival killed at least 18 people and injured 80 others Saturday, turning one of the world's biggest dance parties into a scene of panic and grief, police said.",
    );
    expect(documentsOf(toll)).toEqual([AP, SPIEGEL, VOLKSKRANT, MT, DW]);
    expect(toll?.places).toContain('duisburg');
    const killed = toll?.conflicts.find((c) => c.field === 'figures.people killed');
    expect(killed?.values.map((v) => v.value)).toEqual(expect.arrayContaining([18, 19, 21]));
  });

  it('the 15 dead the police "first said" is the count the wire’s own 18 replaced, no disagreement', () => {
    const toll = mostTold(file, '21 people killed');
    expect(toll?.sources.map((s) => s.sentence)).toContain('Police first said 15 people had died.');
    const killed = toll?.conflicts.find((c) => c.field === 'figures.people killed');
    expect(killed?.values.map((v) => v.value)).not.toContain(15);
  });

  it.each<[string, string, string]>([
    [
      'the crush "am Samstag gegen 17 Uhr" on the ramp',
      'ereignete sich das Unglück am Samstag gegen 17 Uhr',
      '2010-07-24',
    ],
    [
      'Merkel’s statement "Saturday night"',
      'she said in a statement released by her office Saturday night',
      '2010-07-24',
    ],
    ['Kraft’s visit to the scene "am Sonntag"', 'besuchte am Sonntag die Unglücksstelle', '2010-07-25'],
    [
      'the investigation handed to Cologne "am Montag"',
      'Am Montag entschied das NRW-Innenministerium',
      '2010-07-26',
    ],
    [
      'Kraft’s autopsy results "gisteren" in a Wednesday report',
      'zei gisteren dat uit de sectie blijkt',
      '2010-07-27',
    ],
    [
      'the prosecutors’ toll of 21 made known "vanochtend"',
      'Rolf Haferkamp van het Openbaar Ministerie in Duisburg vanochtend',
      '2010-07-28',
    ],
    ['the ministry’s preliminary report "on July 28"', 'In its preliminary report on July 28', '2010-07-28'],
    [
      'the memorial planned "für kommenden Samstag"',
      'Für kommenden Samstag ist in der Salvatorkirche eine Trauerfeier geplant',
      '2010-07-31',
    ],
  ])('%s is dated %s', (_, words, day) => {
    expect(onlyCiting(file, words)?.when.start.slice(0, 10)).toBe(day);
  });

  it('the 21st death "in de nacht van dinsdag op woensdag" is of that night, not of the Saturday', () => {
    const night = onlyCiting(file, 'In de nacht van dinsdag op woensdag is in een ziekenhuis');
    expect(night?.when.start.slice(0, 10)).toBe('2010-07-27');
    expect(night?.when.end?.slice(0, 10)).toBe('2010-07-28');
    expect(onlyCiting(file, 'who died in hospital on July 27')?.when.start).toBe('2010-07-27');
  });

  it('the mayor refuses to resign on the Sunday: he does not resign', () => {
    const refusal = onlyCiting(file, 'Einen Rücktritt lehnte er ab.');
    expect(refusal?.title).toBe('Adolf Sauerland refuses to resign');
    expect(refusal?.when.start.slice(0, 10)).toBe('2010-07-25');
    expect(file.events.filter((e) => e.title === 'Adolf Sauerland resigns')).toEqual([]);
  });

  it('"Schaller kündigte an" is the organiser Rainer Schaller, not the minister Ralf Jäger, who sounds alike', () => {
    const never = onlyCiting(file, 'Schaller kündigte an, es werde nie wieder eine Loveparade geben.');
    expect(never?.actors).not.toContain('ralf-jaeger');
    expect(onlyCiting(file, 'Schaller ontkent dat.')?.actors).not.toContain('ralf-jaeger');
    expect(onlyCiting(file, 'Schaller announced the day after the disaster')?.actors).not.toContain(
      'ralf-jaeger',
    );
  });

  it('Jäger’s report announced "am Mittwoch" is of the Wednesday ahead, not of the one before', () => {
    const announced = onlyCiting(file, 'kündigte an, am Mittwoch im Innenausschuss des Landtags');
    expect(announced?.actors).toContain('ralf-jaeger');
    expect((announced?.when.start ?? '') >= '2010-07-24').toBe(true);
  });

  it('the memorial service of Saturday 31 July, told ahead by the Volkskrant and after by DW, is one', () => {
    const service = mostTold(file, 'Memorial service in Duisburg');
    expect(service?.when.start).toBe('2010-07-31');
    expect(documentsOf(service)).toEqual([VOLKSKRANT, DW]);
  });

  it.each([
    'The Duisburg prosecutor',
    'who has governed Duisburg since 2004',
    'Duisburg ligt op nog geen veertig kilometer van de grens',
  ])('“%s” names the city of Duisburg, not the football club MSV Duisburg', (words) => {
    const event = onlyCiting(file, words);
    expect(event?.places).toContain('duisburg');
    expect(event?.actors).not.toContain('name:msv-duisburg');
  });

  it('no event takes the football club MSV Duisburg for an actor', () => {
    expect(file.events.filter((e) => e.actors.includes('name:msv-duisburg'))).toEqual([]);
  });

  it('Bochum called off the Love Parade in 2009, the background of the story', () => {
    const bochum = onlyCiting(file, 'The neighboring city of Bochum called off the 2009 Love Parade');
    expect(bochum?.when.start).toBe('2009-01-01');
    expect(bochum?.places).toContain('bochum');
  });

  it.each([
    'Cookie notice',
    'We use cookies',
    'Leave a Reply',
    'Back To Top',
    'You may also like',
    'Mehr zum Thema',
    'Alle Rechte vorbehalten',
    'Read more',
    'Heat wave ends with thunderstorms',
  ])('no event cites the site’s “%s” line', (words) => {
    expect(file.events.filter((e) => e.sources.some((s) => s.sentence.includes(words)))).toEqual([]);
  });

  it('the crush in the tunnel, told by the wire, Spiegel and the Volkskrant, is one event of Saturday 5 p.m.', () => {
    const crush = onlyCiting(file, 'The crush happened shortly after 5 p.m.');
    expect(crush?.kind).toBe('crowd-crush');
    expect(crush?.when.start).toBe('2010-07-24T17:00');
    expect(documentsOf(crush)).toEqual([AP, SPIEGEL, VOLKSKRANT]);
    expect(crush?.title).toBe('Crowd crush in Karl-Lehr-Strasse');
  });

  it('the 21st death, "een 25-jarige vrouw" and "a 25-year-old woman", is one death, its night and day in conflict', () => {
    const death = onlyCiting(file, 'een 25-jarige vrouw uit Heiligenhaus');
    expect(death?.sources.map((s) => s.sentence)).toContain(
      'Twenty-one dead, the last of them a 25-year-old woman who died in hospital on July 27.',
    );
    const when = death?.conflicts.find((c) => c.field === 'when');
    expect(when?.values.map((v) => v.value)).toEqual(['2010-07-27', '2010-07-27TNI']);
  });
});
