/**
 * The Grenfell Tower fire in North Kensington, London, in the small hours of Wednesday 14 June
 * 2017, told by five files in en, nl and de: a wire report of the next day with its date line glued
 * to the headline, a NOS report of the Saturday, an undated Spiegel report a week on, a machine
 * translation dated only "2017-06" two weeks on, and a recap six months later. The toll rises from
 * 17 to 58, 79 and "around 80" before the final 71; the chief executive and the council leader
 * resign; the translation garbles Moore-Bick and Hammond.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { allCiting, documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('grenfell-fire');
}, 60_000);

const WIRE = '01_wire_grenfell_toll';
const NOS = '02_nos_grenfell_58_vermist';
const SPIEGEL = '03_spiegel_grenfell_ruecktritt';
const MT = '04_mt_grenfell_council_resigns';
const RECAP = '05_grenfell_six_months_on';

const titled = (title: string) => mostTold(file, title);
const citing = (words: string) => allCiting(file, words);

describe('the Grenfell Tower fire as five files told it', () => {
  it.each<[string, string, boolean]>([
    [WIRE, '2017-06-15', false],
    [NOS, '2017-06-17', false],
    // "Eine Woche nach dem Feuer", which broke out "in der Nacht zu Mittwoch vergangener Woche".
    [SPIEGEL, '2017-06-21', true],
    // "Two weeks after the fire", the leader resigning "on Friday", the police "last Friday".
    [MT, '2017-06-30', true],
    [RECAP, '2017-12-14', false],
  ])('the report %s is dated %s (inferred: %s)', (id, day, inferred) => {
    expect(publishedOf(file, id)).toMatchObject({ date: day, precision: 'day', inferred });
  });

  it.each<[string, string, string[]]>([
    ['Fire in North Kensington', '2017-06-14', [NOS, MT, RECAP]],
    ['Protesters storm government buildings in Kensington Town Hall', '2017-06-16', [SPIEGEL, RECAP]],
    ['Prince William visits Westway Sports Centre', '2017-06-16', [NOS]],
    ['79 people killed', '2017-06-19', [SPIEGEL]],
    ['Nicholas Holgate resigns', '2017-06-21', [RECAP]],
    ['Evacuation from Chalcots estate', '2017-06-23', [MT, RECAP]],
    ['Martin Moore-Bick appointed', '2017-06-29', [RECAP]],
    // "has declared his resignation" and the recap's "30 June: … Paget-Brown resigns".
    ['Nicholas Paget-Brown resigns', '2017-06-30', [MT, RECAP]],
  ])('“%s” on %s, told by %j', (title, day, docs) => {
    const e = titled(title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(docs);
  });

  it('the fire broke out in the small hours of Wednesday, not on Tuesday night', () => {
    const fire = titled('Fire in North Kensington');
    expect(fire?.places).toEqual(['north-kensington']);
    const sentences = fire?.sources.map((s) => s.sentence).join(' | ');
    expect(sentences).toContain('De brand brak in de nacht van dinsdag op woensdag rond 01.00 uur');
    expect(sentences).toContain('The fire had broken out in the night to 14 June');
    expect(sentences).toContain('14 June: Fire breaks out shortly before 1am');
    expect(onlyCiting(file, 'At the height of the blaze 40 fire engines')?.when.start).toBe(
      '2017-06-14T00:54',
    );
    expect(onlyCiting(file, 'Das Feuer war in der Nacht zu Mittwoch vergangener Woche')?.when.start).toBe(
      '2017-06-14',
    );
  });

  it('the NOS’s count “hetzelfde aantal als gisteren”, Cundy’s warning and the 19 in hospital are of Saturday', () => {
    expect(onlyCiting(file, 'Cundy waarschuwde dat het aantal nog verder kan oplopen')?.when.start).toBe(
      '2017-06-17',
    );
    expect(onlyCiting(file, 'In de ziekenhuizen liggen nog 19 gewonden')?.when.start).toBe('2017-06-17');
  });

  it('the toll of the first days is one, told as 12, 17, 30 and 58 on the days they were given; 79, around 80 and the final 71 are told apart', () => {
    const toll = citing('Officieel zijn 30 doden bevestigd').find((e) => e.kind === 'death');
    const values = toll?.conflicts
      .find((c) => c.field === 'figures.people killed')
      ?.values.map((v) => [v.value, v.reported]);
    // "On Wednesday evening the confirmed toll had stood at 12"; "30 …, hetzelfde aantal als gisteren".
    expect(values).toEqual([
      [12, '2017-06-14'],
      [17, '2017-06-15'],
      [30, '2017-06-16'],
      [58, '2017-06-17'],
    ]);
    expect(onlyCiting(file, 'Seit Montag geht die Polizei von 79 Toten')?.when.start).toBe('2017-06-19');
    expect(onlyCiting(file, 'they go out from around 80 dead persons')?.when.value).toBe('2017-W26');
    const final = citing('On 16 November detectives said they believed 71 people had died').find(
      (e) => e.kind === 'death',
    );
    expect(final?.when.start).toBe('2017-11-16');
  });

  it('the chief executive’s resignation and the prime minister’s apology are told on the Wednesday', () => {
    const holgate = onlyCiting(file, 'Nicholas Holgate teilte am Mittwoch mit');
    expect(holgate?.when.start).toBe('2017-06-21');
    expect(holgate?.actors).toContain('nicholas-holgate');
    const apology = onlyCiting(
      file,
      'Auch Premierministerin Theresa May räumte am Mittwoch im Unterhaus Fehler ein',
    );
    expect(apology?.when.start).toBe('2017-06-21');
    expect(apology?.actors).toContain('theresa-may');
    const recap = onlyCiting(file, '21 June: Council chief executive Nicholas Holgate resigns');
    // "May apologises in the Commons": the family name alone, after "Theresa May".
    expect(recap?.sources[0]?.mentions?.find((m) => m.id === 'theresa-may')?.text).toBe('May');
  });

  it('the council leader resigned on Friday 30 June, the day the translation was written', () => {
    expect(onlyCiting(file, 'has declared his resignation')?.when.start).toBe('2017-06-30');
    expect(onlyCiting(file, 'said on Friday, he takes over the responsibility')?.when.start).toBe(
      '2017-06-30',
    );
  });

  it.each<[string, string, string]>([
    ['the chancellor’s word on Sunday', 'Finanzminister Philip Hammond hatte am Sonntag', '2017-06-18'],
    ['the day of rage called for Wednesday evening', 'Tag des Zorns', '2017-06-21'],
    [
      'the police’s word on the fridge-freezer, last Friday',
      'Already last Friday the police had informed',
      '2017-06-23',
    ],
    ['the Grenfell Action Group’s warning', 'only a catastrophic event', '2016-11-01'],
  ])('%s is dated %s', (_, words, day) => {
    expect(onlyCiting(file, words)?.when.start).toBe(day);
  });

  it('the towers evacuated in Camden are on its Chalcots estate', () => {
    expect(titled('Evacuation from Chalcots estate')?.places).toEqual(
      expect.arrayContaining(['camden', 'chalcots-estate']),
    );
  });

  it.each([
    'cookies',
    'Cookies',
    'Deel dit artikel',
    'Lees ook',
    'Meer over dit onderwerp',
    '© 2017 NOS',
    'Mehr zum Thema',
    'Datenschutzerklärung',
    'Reporting by',
    'You may like',
    'Trends 24h',
    'Leave a Reply',
    'Back To Top',
  ])('no event cites the site’s “%s” line', (words) => {
    expect(citing(words)).toEqual([]);
  });

  it('the Queen and Prince William spoke with residents together: he is no partner of her talks', () => {
    const talks = onlyCiting(file, 'Ze spraken er met bewoners en vrijwilligers');
    expect(talks?.title).toBe('Queen Elizabeth II holds talks');
  });
});
