/**
 * The shooting in a tram at the 24 Oktoberplein in Utrecht on Monday 18 March 2019 at about 10:45,
 * the manhunt for Gökmen Tanis, his arrest in a house on the Oudenoord that evening, the terror
 * threat level raised to 5 for the province and lowered to 4 the next morning, the letter in the
 * getaway car and the fourth victim's death on Friday 22 March, told by six outlets in nl, de and
 * en: a NOS report of the Monday evening with site boilerplate, a Spiegel report of the same
 * evening, an AD report and a Reuters wire of the Tuesday, an undated translation from the Turkish
 * that writes the suspect "Gokmen Tennis", and an NRC report of Saturday that tells its days
 * relatively ("afgelopen maandag", "Dinsdagochtend", "Vrijdag").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { allCiting, documentsOf, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('utrecht-tram-shooting');
}, 60_000);

/** The events citing a sentence with those words. */
const citing = (words: string) => allCiting(file, words);

describe('the Utrecht tram shooting as six outlets told it', () => {
  it('the dated reports are read on the days they were published', () => {
    expect(file.documents.map((d) => [d.id, d.published.date])).toEqual(
      expect.arrayContaining([
        ['de_spiegel_0318', '2019-03-18'],
        ['en_reuters_0319', '2019-03-19'],
        ['nl_ad_0319', '2019-03-19'],
        ['nl_nos_0318', '2019-03-18'],
        ['nl_nrc_0323', '2019-03-23'],
      ]),
    );
  });

  it.each<[string, string, string]>([
    ['the shooting “rond 10.45 uur”', 'De schietpartij begon rond 10.45 uur', '2019-03-18'],
    ['the shooting “am Montagvormittag gegen 10.45 Uhr”', 'am Montagvormittag gegen 10.45 Uhr', '2019-03-18'],
    ['the shooting “afgelopen maandag”', 'opende afgelopen maandag even voor kwart voor elf', '2019-03-18'],
    ['the arrest “vanavond om 18.50 uur”', 'werd vanavond om 18.50 uur aangehouden', '2019-03-18'],
    ['the arrest “gisteravond”', 'werd gisteravond na een urenlange zoektocht aangehouden', '2019-03-18'],
    [
      'the threat level raised on Monday',
      'verhoogde het dreigingsniveau voor de provincie Utrecht',
      '2019-03-18',
    ],
    ['the threat level lowered “vanochtend”', 'verlaagde vanochtend het dreigingsniveau', '2019-03-19'],
    ['the threat level lowered “Dinsdagochtend”', 'Dinsdagochtend werd het dreigingsniveau', '2019-03-19'],
    ['the fourth victim dying “Vrijdag”', 'Vrijdag overleed een vierde slachtoffer', '2019-03-22'],
  ])('%s is one event on %s', (_what, words, day) => {
    expect(onlyCiting(file, words)?.when.start.slice(0, 10)).toBe(day);
  });

  it('the shooting in the tram at 10:45 is one event of five outlets, at the 24 Oktoberplein', () => {
    const shooting = onlyCiting(file, 'De schietpartij begon rond 10.45 uur');
    expect(shooting?.when.value).toBe('2019-03-18T10:45');
    expect(documentsOf(shooting)).toEqual(
      expect.arrayContaining([
        'de_spiegel_0318',
        'en_mt_undated',
        'en_reuters_0319',
        'nl_nos_0318',
        'nl_nrc_0323',
      ]),
    );
    expect(shooting?.places).toContain('24-oktoberplein');
  });

  it('the arrest of Tanis at 18:50 in a house on the Oudenoord is one event of all six outlets', () => {
    const arrest = onlyCiting(file, 'werd vanavond om 18.50 uur aangehouden');
    expect(arrest?.kind).toBe('arrest');
    expect(arrest?.when.value).toBe('2019-03-18T18:50');
    expect(documentsOf(arrest)).toEqual([
      'de_spiegel_0318',
      'en_mt_undated',
      'en_reuters_0319',
      'nl_ad_0319',
      'nl_nos_0318',
      'nl_nrc_0323',
    ]);
    expect(arrest?.actors).toContain('tanis');
    expect(arrest?.places).toContain('oudenoord');
  });

  it('the two more men detained on Monday are an arrest apart from Tanis’s', () => {
    const two = onlyCiting(file, 'Naast Tanis zijn vandaag nog twee mannen aangehouden');
    expect(two?.when.start.slice(0, 10)).toBe('2019-03-18');
    expect(two?.id).not.toBe(onlyCiting(file, 'werd vanavond om 18.50 uur aangehouden')?.id);
    expect(onlyCiting(file, 'Neben Tanis nahm die Polizei zwei weitere Männer fest')).toBe(two);
  });

  it('the manhunt with his photo is one event of Monday', () => {
    const manhunt = onlyCiting(file, 'Urenlang waren arrestatieteams in de stad bezig met een klopjacht');
    expect(manhunt?.title).toBe('Manhunt launched');
    expect(manhunt?.when.start.slice(0, 10)).toBe('2019-03-18');
    expect(onlyCiting(file, 'Die Polizei fahndete stundenlang')).toBe(manhunt);
  });

  it('the threat level raised to 5 on Monday is one event of NOS, Spiegel, the translation and NRC, the NCTV’s', () => {
    const raised = onlyCiting(file, 'verhoogde het dreigingsniveau voor de provincie Utrecht');
    expect(raised?.title).toMatch(/threat level raised/i);
    expect(documentsOf(raised)).toEqual(
      expect.arrayContaining(['de_spiegel_0318', 'en_mt_undated', 'nl_nos_0318', 'nl_nrc_0323']),
    );
    expect(raised?.actors).toContain('aalbersberg');
  });

  it('the threat level lowered to 4 on Tuesday morning is one event of four outlets, apart from its raising', () => {
    const lowered = onlyCiting(file, 'verlaagde vanochtend het dreigingsniveau');
    expect(lowered?.title).toMatch(/threat level lowered/i);
    expect(lowered?.when.value).toBe('2019-03-19TMO');
    expect(documentsOf(lowered)).toEqual(['en_mt_undated', 'en_reuters_0319', 'nl_ad_0319', 'nl_nrc_0323']);
    expect(lowered?.id).not.toBe(onlyCiting(file, 'verhoogde het dreigingsniveau voor de provincie')?.id);
  });

  it('Rutte speaking of a possible terrorist motive is his statement of Monday', () => {
    const said = onlyCiting(file, 'Hij sloot een terroristisch motief niet uit');
    expect(said?.kind).toBe('statement');
    expect(said?.actors).toContain('rutte');
    expect(said?.when.start.slice(0, 10)).toBe('2019-03-18');
    expect(onlyCiting(file, 'sprach von einem möglichen terroristischen Hintergrund')).toBe(said);
  });

  it('the prosecution’s announcement of Tuesday afternoon is the Public Prosecution Service’s statement', () => {
    const said = onlyCiting(file, 'Dat heeft het Openbaar Ministerie vanmiddag bekendgemaakt');
    expect(said?.kind).toBe('statement');
    expect(said?.when.value).toBe('2019-03-19TAF');
    expect(said?.actors).toContain('dutch-public-prosecution-service');
  });

  it('the toll of the shooting, three dead on Monday and four after Friday, is a conflict of the shooting’s day', () => {
    const tolls = [
      ...citing('Bij de schietpartij kwamen drie mensen om het leven'),
      ...citing('is opgelopen tot vier'),
    ];
    const conflict = tolls.flatMap((e) => e.conflicts).find((c) => c.field === 'figures.people killed');
    expect(conflict?.values.map((v) => [v.value, v.reported])).toEqual([
      [3, '2019-03-18'],
      [4, '2019-03-23'],
    ]);
    for (const toll of tolls) expect(toll.when.start.slice(0, 10)).toBe('2019-03-18');
  });

  it('the translation’s “Gokmen Tennis” and the Dutch “Gökmen T.” are Gökmen Tanis', () => {
    const mentions = file.events.flatMap((e) => e.sources).flatMap((s) => s.mentions ?? []);
    expect(mentions.find((m) => m.text === 'Gokmen Tennis')?.id).toBe('tanis');
    expect(mentions.find((m) => m.text === 'Gökmen T')?.id).toBe('tanis');
    expect(file.actors.map((a) => a.name).join(' ')).not.toContain('Tennis');
  });

  it('the mayor Jan van Zanen is one actor in the three languages', () => {
    const mentions = file.events.flatMap((e) => e.sources).flatMap((s) => s.mentions ?? []);
    const zanen = mentions.filter((m) => m.text.includes('Zanen'));
    expect(zanen.length).toBeGreaterThan(0);
    expect(new Set(zanen.map((m) => m.id))).toEqual(new Set(['van-zanen']));
  });

  it('no car flees abroad: “Hij vluchtte in een rode Renault Clio”', () => {
    expect(file.events.filter((e) => e.kind === 'exile')).toEqual([]);
  });

  it.each([
    ['AD', 'Hij heeft volgens het OM niets met de aanslag te maken'],
    ['NRC', 'Zij hebben volgens het OM niets met de aanslag te maken'],
    ['Reuters', 'he had no role in the attack'],
  ])('the men %s clears of the attack tell no attack', (_outlet, words) => {
    expect(citing(words).map((e) => e.kind)).not.toContain('attack');
  });

  it('Reuters’ “The shooting came three days after … Christchurch” is no shooting of the report’s day', () => {
    const told = citing('The shooting came three days after');
    expect(told.map((e) => e.kind)).toEqual(['death']);
    expect((told[0]?.when.start ?? '') < '2019-03-18').toBe(true);
  });

  it('dates the undated translation to Tuesday 19 March, the morning the threat level was lowered', () => {
    const published = publishedOf(file, 'en_mt_undated');
    expect(published).toMatchObject({ date: '2019-03-19', precision: 'day', inferred: true });
  });
});

describe('Rutte’s words of two days', () => {
  it('his “in shock” of Tuesday (Reuters) is a statement of 19 March, apart from his terror motive of Monday', () => {
    const tuesday = onlyCiting(file, 'said on Tuesday the country was in shock');
    expect(tuesday?.when.start.slice(0, 10)).toBe('2019-03-19');
    expect(documentsOf(tuesday)).toEqual(['en_reuters_0319']);
    const monday = onlyCiting(
      file,
      'Premier Mark Rutte sprak gisteren al van een mogelijk terroristisch motief',
    );
    expect(monday?.when.start.slice(0, 10)).toBe('2019-03-18');
    expect(monday?.conflicts.filter((c) => c.field === 'when')).toEqual([]);
  });
});
