/**
 * The unrest in Kazakhstan of January 2022 as twenty reports in en, nl and de told it, from the
 * protests over the doubled price of gas in Zhanaozen on 2 January to the last Russian-led troops
 * leaving on the 19th, run through the whole pipeline: the events a reader expects, on the right
 * day, with titles that say what was said, citing every report; a machine translation's
 * "Nursultan Nazarbekov" read as Nazarbayev; and no happening joined to another in a town far
 * away on another day.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('kazakhstan-unrest');
}, 60_000);

describe('events of the unrest in Kazakhstan', () => {
  it.each<[string, string, string[]]>([
    [
      'Protests in Zhanaozen',
      '2022-01-02',
      [
        'de_tagesschau_0105',
        'de_zeit_0105',
        'en_ap_0107',
        'en_guardian_0106',
        'en_reuters_0105',
        'en_scraped_0108',
        'nl_trouw_0104',
        'nl_volkskrant_undated',
      ],
    ],
    // Reuters' "Protests spread to the regional capital Aktau" after the Sunday the unrest began, and
    // Trouw's "Maandag sloegen de demonstraties over naar de regionale hoofdstad Aktau".
    ['Protests in Aktau', '2022-01-03', ['en_reuters_0105', 'nl_trouw_0104']],
    // "De regering besloot dinsdag de prijs van lpg … te verlagen"; the Guardian's price caps lifted are no cut.
    ['LPG prices lowered', '2022-01-04', ['de_tagesschau_0105', 'en_reuters_0105', 'nl_trouw_0104']],
    [
      'Thousands of people protest in Almaty',
      '2022-01-04',
      ['de_tagesschau_0105', 'en_reuters_0105', 'nl_trouw_0104'],
    ],
    [
      'Protesters storm government buildings in Almaty',
      '2022-01-05',
      ['de_faz_0107', 'de_zeit_0105', 'en_reuters_0105', 'nl_nos_0106'],
    ],
    // "den Flughafen von Almaty": no "Airport seized in Almaty International Airport".
    ['Airport seized', '2022-01-05', ['de_spiegel_undated', 'de_zeit_0105', 'nl_nos_0106']],
    ['Askar Mamin resigns', '2022-01-05', ['de_tagesschau_0105', 'en_reuters_0105']],
    // "Tokayev accepted the resignation … and appointed … Smailov as acting prime minister": one act.
    ['Alikhan Smailov appointed acting prime minister', '2022-01-05', ['en_reuters_0105']],
    ['Alikhan Smailov appointed prime minister', '2022-01-11', ['en_aljazeera_0111', 'nl_nrc_0111']],
    [
      'Kassym-Jomart Tokayev declares a state of emergency in Almaty',
      '2022-01-05',
      ['de_tagesschau_0105', 'de_zeit_0105', 'en_reuters_0105', 'nl_nos_0106'],
    ],
    // "appealed for help", "om hulp gevraagd", "onder leiding van Rusland" naming who leads the alliance, not where.
    [
      'Kassym-Jomart Tokayev asks Collective Security Treaty Organization for help',
      '2022-01-05',
      ['en_guardian_0106', 'nl_nos_0106', 'nl_nos_0119'],
    ],
    // Police said on Thursday that "dozens of attackers were liquidated" overnight: the night's dead,
    // whom the Guardian's lede ("after dozens of people were killed"), NOS's "tientallen betogers"
    // and Tokayev's "days of violent unrest that left dozens dead" count too.
    ['Dozens of people killed', '2022-01-05', ['en_guardian_0106', 'en_scraped_0108', 'nl_nos_0106']],
    ['Kassym-Jomart Tokayev takes over as chairman', '2022-01-05', ['de_tagesschau_0105', 'de_zeit_0105']],
    // "The Collective Security Treaty Organization said its force numbers about 2,500 troops": the deployment's size.
    // "Donderdag arriveerden de eerste Russische militairen in het land": "het land" is Kazakhstan, the
    // country the report is about; its title says who sent the troops and where.
    [
      'Russia sends troops to Kazakhstan',
      '2022-01-06',
      [
        'de_faz_0107',
        'en_ap_0107',
        'en_guardian_0106',
        'en_reuters_0115',
        'nl_nos_0106',
        'nl_nos_0119',
        'nl_volkskrant_undated',
      ],
    ],
    [
      'Karim Massimov arrested',
      '2022-01-06',
      ['de_spiegel_undated', 'en_bbc_0109', 'en_scraped_0108', 'nl_volkskrant_undated'],
    ],
    // "Tokayev declared Monday a national day of mourning" in the news of Friday; the day held on Monday.
    ['Kassym-Jomart Tokayev declares national mourning', '2022-01-07', ['en_ap_0107']],
    ['National mourning', '2022-01-10', ['de_dw_0110', 'nl_volkskrant_undated']],
    // Friday's gunfire, without what Tokayev said "had attacked" Almaty before he spoke.
    ['Gunfire heard in Almaty', '2022-01-07', ['de_faz_0107', 'en_ap_0107']],
    ['Internet shut down in Kazakhstan', '2022-01-05', ['de_zeit_0105', 'en_reuters_0105']],
    // Access "partially restored" on Sunday and "fully restored on Tuesday": two steps of its return.
    ['Internet partially restored', '2022-01-09', ['en_bbc_0109']],
    ['Internet fully restored', '2022-01-11', ['en_reuters_0115']],
    ['Kassym-Jomart Tokayev calls the protesters terrorists', '2022-01-05', ['nl_nos_0106']],
    ['Kassym-Jomart Tokayev says the situation has stabilised', '2022-01-08', ['en_bbc_0109']],
    ['Kassym-Jomart Tokayev speaks of a coup attempt', '2022-01-10', ['de_dw_0110', 'en_scraped_0110']],
    // "In an address to parliament, Tokayev said the mission … had been successfully completed",
    // after "Lawmakers approved Smailov's nomination on Tuesday": the news of the 11th or the day
    // before, not of any day of the week before, and no word of Monday's video summit.
    [
      "Kassym-Jomart Tokayev says the foreign troops' mission is complete",
      '2022-01-10',
      ['en_aljazeera_0111'],
    ],
    // "…, and said a Russia-led military alliance will begin withdrawing its troops in two days":
    // the second clause of Al Jazeera's lede announces the withdrawal.
    [
      'Troop withdrawal from Kazakhstan',
      '2022-01-13',
      ['de_dw_0110', 'en_aljazeera_0111', 'en_reuters_0115', 'nl_nrc_0111'],
    ],
    // "Kazakhstan said on Saturday that 225 people had been killed during this month's unrest"; the
    // "dozens" killed that the Guardian and NOS told on the 6th are no telling of it.
    ['225 people killed', '2022-01-15', ['de_dpa_0118', 'en_reuters_0115', 'nl_nos_0119']],
    // The machine translation's "first president Nursultan Nazarbekov" beside NOS's "hij".
    [
      'Nursultan Nazarbayev says there is no conflict with Kassym-Jomart Tokayev',
      '2022-01-18',
      ['en_mt_0119', 'nl_nos_0119'],
    ],
    ['Last troops leave', '2022-01-19', ['en_mt_0119', 'nl_nos_0119']],
  ])('“%s” on %s, citing %j', (title, day, documents) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(documents);
  });

  it('the protests in Almaty two days on are not those that began in Zhanaozen, though Trouw’s “al drie dagen” meets both', () => {
    const zhanaozen = onlyCiting(file, 'De protesten begonnen zondag in de olieplaats Zjanaozen');
    const almaty = onlyCiting(file, 'Dinsdag gingen ook in Almaty');
    expect(zhanaozen?.id).not.toBe(almaty?.id);
    expect(almaty?.places).not.toContain('zhanaozen');
  });

  it('the airport “wieder unter Kontrolle” was retaken after the Wednesday it “war besetzt worden”, by the Saturday Spiegel told it', () => {
    const retaken = mostTold(file, 'Airport retaken');
    expect([retaken?.when.start, retaken?.when.end]).toEqual(['2022-01-05', '2022-01-08']);
  });

  it('the airport seized has no actor borrowed from the paragraph on the spy chief before it', () => {
    expect(onlyCiting(file, 'Er war am Mittwoch von Demonstranten besetzt worden')?.actors).toEqual([]);
  });

  it('the last troops leaving on the 19th are not the withdrawal that began on the 13th', () => {
    const last = onlyCiting(file, 'The last military transport aircraft with the Russian peacekeepers left');
    expect(last?.when.start).toBe('2022-01-19');
    expect(last?.sources.map((s) => s.sentence)).toContainEqual(
      expect.stringContaining('the withdrawal of the collective peacekeeping forces'),
    );
  });

  it('the price of gas doubled “at the start of the year” is dated from 1 January to the report’s day, not the whole year', () => {
    const rise = mostTold(file, 'LPG prices rise');
    expect([rise?.when.start, rise?.when.end]).toEqual(['2022-01-01', '2022-01-05']);
  });

  it.each([
    'after dozens of people were killed in clashes',
    'zijn volgens de Kazachse politie tientallen betogers om het leven gekomen',
    'after days of violent unrest that left dozens dead',
  ])('“%s” counts the dead of the night the police told of on the 6th', (words) => {
    const night = onlyCiting(file, '"dozens of attackers were liquidated" overnight');
    expect(night?.title).toBe('Dozens of people killed');
    expect(night?.when.value).toBe('2022-01-05TNI');
    const deaths = file.events.filter(
      (e) => e.kind === 'death' && e.sources.some((s) => s.sentence.includes(words)),
    );
    expect(deaths).toEqual([night]);
  });

  it('the “20,000 bandits” Tokayev said on Friday had attacked Almaty, told on the 8th and the 10th, are what his televised address of that Friday said', () => {
    const address = onlyCiting(file, 'Tokayev said Almaty had been attacked by 20,000 bandits');
    expect(onlyCiting(file, 'He said some 20,000 "bandits" had attacked Almaty.')).toBe(address);
    expect(address?.title).toBe('Kassym-Jomart Tokayev gives a televised address');
    expect(address?.when.start).toBe('2022-01-07');
    // AP's '"What negotiations can there be with criminals and murderers?" he said in a televised speech' quotes it.
    expect(documentsOf(address)).toEqual(['de_faz_0107', 'en_ap_0107', 'en_scraped_0108', 'en_scraped_0110']);
    expect(mostTold(file, 'Attack in Almaty')).toBeUndefined();
  });

  it('the more than 10,000 detained that dpa counted after the unrest “Anfang Januar” are the count of its day, beside NRC’s 9,900', () => {
    const arrests = onlyCiting(file, 'Die Behörden hatten mehr als 10.000 Menschen festgenommen.');
    expect([arrests?.when.start, arrests?.when.end]).toEqual(['2022-01-11', '2022-01-11']);
    expect(documentsOf(arrests)).toEqual(['de_dpa_0118', 'nl_nrc_0111']);
  });

  // The interior ministry's count, given day after day: each report's is the count of its day, and
  // the reports that give one count on one day cite one event.
  it.each<[string, string, string[]]>([
    ['more than 200 people had been detained', '2022-01-05', ['de_tagesschau_0105', 'en_reuters_0105']],
    ['zijn ruim 2000 mensen opgepakt', '2022-01-06', ['nl_nos_0106']],
    ['More than 3,000 people have been detained', '2022-01-07', ['de_faz_0107', 'en_ap_0107']],
    ['inzwischen 4404 Menschen festgenommen', '2022-01-08', ['de_spiegel_undated']],
    ['5,800 people had been detained', '2022-01-09', ['en_bbc_0109', 'nl_volkskrant_undated']],
    ['7,939 people had been detained', '2022-01-10', ['de_dw_0110', 'en_aljazeera_0111']],
  ])('the count “%s” is of no day after %s, and cites %j', (words, day, documents) => {
    const citing = file.events.filter(
      (e) => e.kind === 'arrest' && e.sources.some((s) => s.sentence.includes(words)),
    );
    expect(citing).toHaveLength(1);
    const arrests = citing[0];
    expect(arrests?.when.end).toBe(day);
    expect(documentsOf(arrests)).toEqual(documents);
    expect(arrests?.conflicts).toEqual([]);
  });

  it('“the dead included “armed bandits”” tells who the 225 dead were, no deaths of its own', () => {
    const described = file.events.filter(
      (e) =>
        e.kind === 'death' && e.sources.some((s) => s.sentence.includes('the dead included "armed bandits"')),
    );
    expect(described.filter((e) => e.title !== '225 people killed')).toEqual([]);
  });

  it('no statement of Tokayev is titled only “makes a statement”', () => {
    const vague = file.events.filter((e) => e.title === 'Kassym-Jomart Tokayev makes a statement');
    expect(vague).toEqual([]);
  });
});

describe('what the reports do not make an event of', () => {
  it.each<[string]>([
    ['Russlands Präsident makes a statement'],
    ['Karim Massimov makes a statement'],
    ['Kassym-Jomart Tokayev holds talks'],
    ['Disruption in Kazakhstan'],
    // Sayings dated after what they tell carry its news: no statements of their own.
    ['Police make a statement'],
    ['Officials make a statement'],
    ['Collective Security Treaty Organization makes a statement'],
  ])('no “%s”', (title) => {
    expect(mostTold(file, title)).toBeUndefined();
  });

  it('the alliance’s “about 2,500 troops” is the size of its deployment', () => {
    const sent = mostTold(file, 'Russia sends troops to Kazakhstan');
    expect(sent?.figures.map((f) => f.value)).toContain(2500);
  });
});

describe('days of the reports', () => {
  it.each<[string, string]>([
    // The Saturday it tells, with the report of that Saturday; not the Wednesday of the German report
    // whose nouns it shares.
    ['de_spiegel_undated', '2022-01-08'],
    ['nl_volkskrant_undated', '2022-01-09'],
    // Its month alone is given; it follows the latest report whose toll (225) it cites, and leads
    // with a Wednesday after that report: that Wednesday, its own day.
    ['nl_nos_0119', '2022-01-19'],
    // "mehr als 10.000 festgenommen" tops the 9900 of the NRC report of Tuesday 11 January: not
    // the 8th of a sister it shares Nazarbayev's age with, but from the 11th on, the first Tuesday
    // its lead can be.
    ['de_dpa_0118', '2022-01-11'],
  ])('%s is dated %s, as inferred', (id, day) => {
    const published = publishedOf(file, id);
    expect(published).toMatchObject({ date: day, inferred: true });
  });

  it.each<[string, string]>([
    ['en_guardian_0106', '2022-01-06'],
    ['en_scraped_0108', '2022-01-08'],
    ['en_scraped_0110', '2022-01-10'],
    ['de_zeit_0105', '2022-01-05'],
    ['nl_trouw_0104', '2022-01-04'],
    ['en_mt_0119', '2022-01-19'],
  ])('%s is dated %s by the date line under its headline', (id, day) => {
    const published = publishedOf(file, id);
    expect(published).toMatchObject({ date: day, inferred: false });
  });
});
