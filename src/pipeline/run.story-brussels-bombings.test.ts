/**
 * The bombings in Brussels on Tuesday 22 March 2016: two suicide bombs in the departure hall of
 * Brussels Airport at Zaventem at 07:58 and a third in a metro train at Maalbeek station at 09:11,
 * the claim of the Islamic State, the threat level raised to 4, three days of national mourning,
 * the El Bakraoui brothers and Najim Laachraoui named as the bombers, the unexploded third bomb,
 * and the arrest of "the man in the hat" Mohamed Abrini on Friday 8 April, told by six outlets in
 * nl, de and en: a VRT report of the Tuesday with site boilerplate, a FAZ report of the same day,
 * an AP wire of the Wednesday, a De Standaard report of Thursday that tells its days relatively
 * ("dinsdagochtend", "woensdag"), an undated translation from the French that writes "Zaventum" and
 * "Charles Michael", and a BBC report of 9 April that tells the attacks as "last month's". The toll
 * is told as 34, then 31, then 32.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { allCiting, documentsOf, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('brussels-bombings');
}, 60_000);

/** The events citing a sentence with those words. */
const citing = (words: string) => allCiting(file, words);

describe('the Brussels bombings as six outlets told them', () => {
  it('the dated reports are read on the days they were published', () => {
    expect(file.documents.map((d) => [d.id, d.published.date])).toEqual(
      expect.arrayContaining([
        ['de_faz_0322', '2016-03-22'],
        ['en_ap_0323', '2016-03-23'],
        ['en_bbc_0409', '2016-04-09'],
        ['nl_standaard_0324', '2016-03-24'],
        ['nl_vrt_0322', '2016-03-22'],
      ]),
    );
  });

  it.each<[string, string, string]>([
    ['the airport bombs “Om 7.58 uur”', 'Om 7.58 uur ontploften twee bommen', '2016-03-22'],
    ['the airport bombs “Gegen 8 Uhr”', 'Gegen 8 Uhr explodierten in der Abflughalle', '2016-03-22'],
    [
      'the airport bombs “at 7:58 a.m. Tuesday”',
      'The airport explosions came at 7:58 a.m. Tuesday',
      '2016-03-22',
    ],
    ['the metro bomb “om 9.11 uur”', 'om 9.11 uur, ontplofte een bom', '2016-03-22'],
    [
      'the metro bomb “Etwa eine Stunde später”',
      'Etwa eine Stunde später detonierte eine weitere Bombe',
      '2016-03-22',
    ],
    ['the metro bomb “at 9:11 a.m.”', 'The subway bomb went off at 9:11 a.m.', '2016-03-22'],
    ['the claim of the Islamic State told on Tuesday', 'heeft de aanslagen opgeëist', '2016-03-22'],
    [
      'the threat level raised to 4 on Tuesday',
      'verhoogde het dreigingsniveau voor het hele land naar 4',
      '2016-03-22',
    ],
    ['the threat level lowered “on 24 March”', 'was lowered to three on 24 March', '2016-03-24'],
    [
      'the prosecutor naming the brothers “woensdag”',
      'Frédéric Van Leeuw woensdag bekendgemaakt',
      '2016-03-23',
    ],
    [
      'the arrest of Abdeslam “am Freitag”',
      'Erst am Freitag war in Brüssel-Molenbeek Salah Abdeslam',
      '2016-03-18',
    ],
    [
      'Abrini’s arrest “on Friday”',
      'was arrested in the Anderlecht district of Brussels on Friday',
      '2016-04-08',
    ],
    [
      'the airport’s reopening “last Sunday, on 3 April”',
      'Brussels Airport partially reopened last Sunday',
      '2016-04-03',
    ],
  ])('%s is one event on %s', (_what, words, day) => {
    expect(onlyCiting(file, words)?.when.start.slice(0, 10)).toBe(day);
  });

  it('the search in Schaarbeek “’s Avonds” is the evening of the attacks’ day', () => {
    const search = onlyCiting(file, "'s Avonds deed de politie een huiszoeking in Schaarbeek");
    expect(search?.when.value).toBe('2016-03-22TEV');
  });

  it('the two bombs in the airport’s departure hall at 7:58 are one event of five outlets, at Brussels Airport', () => {
    const airport = onlyCiting(file, 'Om 7.58 uur ontploften twee bommen');
    expect(airport?.when.value).toBe('2016-03-22T07:58');
    expect(documentsOf(airport)).toEqual(
      expect.arrayContaining([
        'de_faz_0322',
        'en_ap_0323',
        'en_bbc_0409',
        'nl_standaard_0324',
        'nl_vrt_0322',
      ]),
    );
    expect(airport?.places).toContain('brussels-airport');
    // Maalbeek station, a venue 12 km away, is the place of the bomb of 9:11, not of these.
    expect(airport?.places).not.toContain('maalbeek-station');
    expect(onlyCiting(file, 'Gegen 8 Uhr explodierten in der Abflughalle')).toBe(airport);
    expect(onlyCiting(file, 'The airport explosions came at 7:58 a.m. Tuesday')).toBe(airport);
  });

  it('the bomb in the metro at Maalbeek at 9:11 is an event of its own, at Maalbeek station', () => {
    const metro = onlyCiting(file, 'om 9.11 uur, ontplofte een bom');
    expect(metro?.when.value).toBe('2016-03-22T09:11');
    expect(metro?.places).toContain('maalbeek-station');
    expect(metro?.id).not.toBe(onlyCiting(file, 'Om 7.58 uur ontploften twee bommen')?.id);
    expect(onlyCiting(file, 'The subway bomb went off at 9:11 a.m.')).toBe(metro);
    expect(onlyCiting(file, 'Etwa eine Stunde später detonierte eine weitere Bombe')).toBe(metro);
  });

  it('the Islamic State’s claim is one event of four outlets, the Islamic State’s', () => {
    const claim = onlyCiting(file, 'heeft de aanslagen opgeëist');
    expect(claim?.title).toMatch(/claims responsibility/i);
    expect(claim?.actors).toContain('islamic-state');
    expect(onlyCiting(file, 'The Islamic State group claimed responsibility')).toBe(claim);
    expect(onlyCiting(file, 'reklamierte die Anschläge')).toBe(claim);
    expect(onlyCiting(file, 'The organization Islamic State has claimed the attacks')).toBe(claim);
  });

  it('the threat level raised to 4 is one event of the VRT, the FAZ and the translation, OCAM’s', () => {
    const raised = onlyCiting(file, 'verhoogde het dreigingsniveau voor het hele land naar 4');
    expect(raised?.title).toMatch(/threat level raised/i);
    expect(raised?.actors).toContain('ocam');
    expect(onlyCiting(file, 'hoben die Terrorwarnstufe')).toBe(raised);
    expect(onlyCiting(file, 'The level of the threat was elevated to 4')).toBe(raised);
  });

  it('the three days of national mourning are one declaration of four outlets on the attacks’ day', () => {
    const mourning = onlyCiting(file, 'De regering kondigt drie dagen van nationale rouw af');
    expect(mourning?.when.start.slice(0, 10)).toBe('2016-03-22');
    expect(onlyCiting(file, 'Die Regierung rief eine dreitägige Staatstrauer aus')).toBe(mourning);
    expect(onlyCiting(file, 'The government has decreed three days of national mourning')).toBe(mourning);
    expect(citing('was observing three days of national mourning')).toContain(mourning);
    expect(citing('De nationale rouw duurt nog tot donderdag')).toEqual([]);
  });

  it('Michel’s “blind, violent and cowardly” attacks are one statement of his in three languages, on 22 March', () => {
    const said = onlyCiting(file, 'Premier Charles Michel sprak op een persconferentie');
    expect(said?.kind).toBe('statement');
    expect(said?.actors).toContain('charles-michel');
    expect([said?.when.start, said?.when.value]).toEqual(['2016-03-22', '2016-03-22']);
    expect(onlyCiting(file, 'Der belgische Premierminister Charles Michel sprach von')).toBe(said);
    expect(onlyCiting(file, 'The Prime Minister Charles Michael has denounced')).toBe(said);
  });

  it('the prosecutor naming the bombers on Wednesday is Van Leeuw’s statement', () => {
    const said = onlyCiting(file, 'Frédéric Van Leeuw woensdag bekendgemaakt');
    expect(said?.kind).toBe('statement');
    expect(said?.actors).toContain('van-leeuw');
  });

  it('Abrini’s arrest on Friday 8 April is an arrest of Abrini in Brussels, and no arrest of March', () => {
    const arrest = onlyCiting(file, 'was arrested in the Anderlecht district of Brussels on Friday');
    expect(arrest?.kind).toBe('arrest');
    expect(arrest?.actors).toContain('abrini');
    expect(arrest?.places).toContain('brussels');
    const march = file.events.filter((e) => e.kind === 'arrest' && e.actors.includes('abrini'));
    expect(march.map((e) => e.when.start.slice(0, 7))).not.toContain('2016-03');
  });

  it('the Paris attacks “van november” a report of March tells are those of November 2015', () => {
    const paris = onlyCiting(file, 'bij de aanslagen van november in Parijs');
    expect(paris?.when.start.slice(0, 7)).toBe('2015-11');
  });

  it('nobody is killed where hundreds gather on the Beursplein', () => {
    const gathered = citing('kwamen vanavond honderden mensen samen');
    expect(gathered.map((e) => e.kind)).not.toContain('death');
    expect(gathered.flatMap((e) => e.figures ?? []).map((f) => f.counts)).not.toContain('people killed');
  });

  it('the toll of the attacks, 34 on Tuesday, 31 from Wednesday and 32 in April, is a conflict of the attacks’ day', () => {
    const tolls = [
      ...citing('zeker 34 mensen om het leven gekomen'),
      ...citing('Het dodental is intussen bijgesteld tot 31'),
      ...citing('Thirty-two people were killed in the attacks'),
    ];
    const conflict = tolls.flatMap((e) => e.conflicts).find((c) => c.field === 'figures.people killed');
    expect(conflict?.values.map((v) => v.value)).toEqual([34, 31, 32]);
    for (const toll of tolls) expect(toll.when.start.slice(0, 10)).toBe('2016-03-22');
  });

  it('the translation’s “Charles Michael” is Charles Michel and its “Zaventum” is Zaventem, no actor', () => {
    const mentions = file.events.flatMap((e) => e.sources).flatMap((s) => s.mentions ?? []);
    expect(mentions.find((m) => m.text === 'Charles Michael')?.id).toBe('charles-michel');
    expect(mentions.find((m) => m.text === 'Zaventum')?.id).toBe('zaventem');
    expect(file.actors.map((a) => a.name).join(' ')).not.toContain('Zaventum');
  });

  it('the bombers and the man in the hat are one actor each in the three languages', () => {
    const mentions = file.events.flatMap((e) => e.sources).flatMap((s) => s.mentions ?? []);
    const bombers: [string, string][] = [
      ['Ibrahim El Bakraoui', 'ibrahim-el-bakraoui'],
      ['Khalid El Bakraoui', 'khalid-el-bakraoui'],
      ['Laachraoui', 'laachraoui'],
      ['Abrini', 'abrini'],
    ];
    for (const [name, id] of bombers) {
      const found = mentions.filter((m) => m.text.includes(name));
      expect(found.length).toBeGreaterThan(0);
      expect(new Set(found.map((m) => m.id))).toEqual(new Set([id]));
    }
  });

  it('“King Philippe” and “koning Filip” laying flowers at Maalbeek are the Belgian king, not Spain’s', () => {
    const flowers = onlyCiting(file, 'King Philippe and Queen Mathilde laid flowers at Maelbeek station');
    expect(flowers?.actors).toContain('philippe-of-belgium');
    expect(flowers?.actors).not.toContain('felipe-vi');
    expect(onlyCiting(file, 'koningin Mathilde legden bloemen neer in Maalbeek')).toBe(flowers);
  });

  it('dates the undated translation to Wednesday 23 March, the morning the prosecutor named the brothers', () => {
    const published = publishedOf(file, 'en_mt_undated');
    expect(published).toMatchObject({ date: '2016-03-23', precision: 'day', inferred: true });
  });
});
