/**
 * The assassination of Shinzo Abe while he spoke for a candidate outside Yamato-Saidaiji station
 * in Nara on Friday 8 July 2022 and the week after it, told by five outlets in en, nl and de: a
 * wire story of the day, a Dutch report of the motive and the police chief's admission with site
 * boilerplate, a German report of Sunday's upper-house election, an undated translation from the
 * Japanese that calls the suspect "Tetsuya Yamagata" and dates the private funeral a day early,
 * and a German summary of the week that tells its days as "am vergangenen Freitag", "am Sonntag".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('abe-assassination');
}, 60_000);

type Event = EventFile['events'][number];

/** The event of that kind befalling or done by that actor that most documents tell. */
function mostToldOf(kind: string, actor: string): Event | undefined {
  const all = file.events.filter((e) => e.kind === kind && e.actors.includes(actor));
  return all.reduce<Event | undefined>(
    (best, e) => (best && documentsOf(best).length >= documentsOf(e).length ? best : e),
    undefined,
  );
}

describe('the assassination of Shinzo Abe as five outlets told it', () => {
  it('the dated reports are read on the days they were published', () => {
    expect(file.documents.map((d) => [d.id, d.published.date])).toEqual(
      expect.arrayContaining([
        ['de_spiegel_0715', '2022-07-15'],
        ['de_tagesschau_0710', '2022-07-10'],
        ['en_reuters_0708', '2022-07-08'],
        ['nl_nos_0709', '2022-07-09'],
      ]),
    );
  });

  it('the killing of Friday in Nara is one event all five outlets tell', () => {
    const killing = mostToldOf('death', 'abe');
    expect(killing?.when.start.slice(0, 10)).toBe('2022-07-08');
    expect(documentsOf(killing)).toEqual([
      'de_spiegel_0715',
      'de_tagesschau_0710',
      'en_mt_undated',
      'en_reuters_0708',
      'nl_nos_0709',
    ]);
    expect(killing?.places).toContain('nara');
  });

  it('the speech outside the station is placed at Yamato-Saidaiji', () => {
    const shot = onlyCiting(file, 'vor dem Bahnhof Yamato-Saidaiji niedergeschossen');
    expect(shot?.when.start.slice(0, 10)).toBe('2022-07-08');
    expect(shot?.places).toContain('yamato-saidaiji-station');
  });

  it('the shooting Abe died of that afternoon reads “Shinzo Abe shot”, no attempt', () => {
    expect(onlyCiting(file, 'Abe, 67, was shot from behind')?.title).toBe('Shinzo Abe shot');
  });

  it('the flight to hospital, in three languages, is the shooting’s, no evacuation', () => {
    const shot = onlyCiting(file, 'vor dem Bahnhof Yamato-Saidaiji niedergeschossen');
    expect(onlyCiting(file, 'Abe was airlifted to Nara Medical University Hospital')).toBe(shot);
    expect(onlyCiting(file, 'Abe werd per helikopter naar het ziekenhuis')).toBe(shot);
    expect(onlyCiting(file, 'Abe wurde mit einem Hubschrauber')).toBe(shot);
    expect(file.events.filter((e) => e.kind === 'evacuation')).toEqual([]);
  });

  it('the summary’s “am vergangenen Freitag” is Friday 8 July', () => {
    const e = onlyCiting(file, 'am vergangenen Freitag bei einer Wahlkampfrede');
    expect(e?.when.start.slice(0, 10)).toBe('2022-07-08');
  });

  it('Yamagami arrested at the scene is one arrest of the wire, the German reports and the translation', () => {
    const arrest = mostToldOf('arrest', 'yamagami');
    expect(arrest?.when.start.slice(0, 10)).toBe('2022-07-08');
    expect(arrest?.when.end.slice(0, 10)).toBe('2022-07-08');
    expect(documentsOf(arrest)).toEqual([
      'de_spiegel_0715',
      'de_tagesschau_0710',
      'en_mt_undated',
      'en_reuters_0708',
    ]);
  });

  it('the translation’s “suspect Tetsuya Yamagata” is Tetsuya Yamagami', () => {
    expect(onlyCiting(file, 'Tetsuya Yamagata')?.actors).toContain('yamagami');
    expect(file.actors.map((a) => a.name).join(' ')).not.toContain('Yamagata');
  });

  it('the Nara police chief’s admission of Saturday is one event of four outlets', () => {
    const admission = mostToldOf('statement', 'onizuka');
    expect(admission?.when.start.slice(0, 10)).toBe('2022-07-09');
    expect(documentsOf(admission)).toEqual([
      'de_spiegel_0715',
      'de_tagesschau_0710',
      'en_mt_undated',
      'nl_nos_0709',
    ]);
  });

  it('the upper-house election of Sunday is one result of the German reports and the translation', () => {
    const results = file.events.filter((e) => e.kind === 'election-result');
    expect(results).toHaveLength(1);
    expect(results[0]?.when.start.slice(0, 10)).toBe('2022-07-10');
    expect(documentsOf(results[0])).toEqual(['de_spiegel_0715', 'de_tagesschau_0710', 'en_mt_undated']);
  });

  it('the church’s press conference “On July 11” is a statement of that Monday', () => {
    const confirmed = mostToldOf('statement', 'unification-church');
    expect(confirmed?.when.value).toBe('2022-07-11');
    expect(confirmed?.places).toContain('tokyo');
  });

  it('the private funeral is Tuesday 12 July, which the translation’s “July 11” disputes', () => {
    const funeral = file.events.find((e) => e.kind === 'funeral' && e.when.start.startsWith('2022-07'));
    expect(funeral?.when.start.slice(0, 10)).toBe('2022-07-12');
    expect(documentsOf(funeral)).toEqual(['de_spiegel_0715', 'de_tagesschau_0710', 'en_mt_undated']);
    expect(funeral?.places).toContain('zojoji');
    expect(funeral?.conflicts.map((c) => c.field)).toContain('when');
  });

  it('Kishida’s “nooit zal toegeven aan geweld” after “gaan morgen gewoon door” was said before the Dutch report, not on election day', () => {
    const said = onlyCiting(file, 'nooit zal toegeven');
    expect(said?.when.precision).toBe('before-publication');
    expect(said?.when.end.slice(0, 10)).toBe('2022-07-09');
  });

  it('Modi’s “declared a day of national mourning on Saturday” was declared on the Friday of the report, for the Saturday ahead', () => {
    const declared = onlyCiting(file, 'Narendra Modi declared a day of national mourning');
    expect(declared?.when.start.slice(0, 10)).toBe('2022-07-08');
  });

  it('Modi’s mourning is not placed where the “leaders from Europe, Asia and Australia” came from', () => {
    expect(onlyCiting(file, 'Narendra Modi declared a day of national mourning')?.places).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['Scholz “fassungslos … über die Tat”', 'Bundeskanzler Olaf Scholz zeigte sich', '2022-07-10'],
    ['Putin’s and Xi’s condolences', 'Xi Jinping kondolierten', '2022-07-10'],
    ['Kishida’s “nooit zal toegeven aan geweld”', 'nooit zal toegeven', '2022-07-09'],
  ])(
    '%s, told without a day, were said between the shooting of Friday and the report',
    (_what, words, end) => {
      const said = onlyCiting(file, words);
      expect([said?.when.start.slice(0, 10), said?.when.end.slice(0, 10)]).toEqual(['2022-07-08', end]);
    },
  );

  it('Japan’s rate of “shooting deaths … in single digits in most years” is no event', () => {
    expect(file.events.filter((e) => e.sources.some((s) => s.sentence.includes('in most years')))).toEqual(
      [],
    );
  });

  it('Kishida’s “said it was an attack on democracy” is his statement, no attack', () => {
    expect(onlyCiting(file, 'said it was an attack on democracy')?.kind).toBe('statement');
  });

  it('the parties suspending their campaigns reads “Election campaigning suspended”, on Friday', () => {
    const suspended = onlyCiting(file, 'Political parties suspended campaigning');
    expect(suspended?.title).toBe('Election campaigning suspended');
    expect(suspended?.when.value).toBe('2022-07-08');
  });

  it('Biden’s condolences are a statement of Friday', () => {
    expect(mostToldOf('statement', 'biden')?.when.start.slice(0, 10)).toBe('2022-07-08');
  });

  it('the undated translation is read on or after the funeral and the church’s press conference it tells', () => {
    const published = publishedOf(file, 'en_mt_undated');
    expect(published?.inferred).toBe(true);
    expect(['2022-07-11', '2022-07-12']).toContain(published?.date);
  });
});
