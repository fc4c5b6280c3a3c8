/**
 * Timelines as newsrooms publish them ("Timeline: key events in …", "Chronik: …", "Tijdlijn: …"):
 * one paragraph per day, the day as its label ("Jan. 5 - …", "**5. Januar:** …", "**5 januari** –
 * …", "Tuesday, June 27: …"), the happening told in the historical present ("Protesters storm the
 * mayor's office", "Massimow wird festgenommen", "Russische militairen landen in Kazachstan"). Four
 * stories, the Kazakhstan unrest of January 2022 (Reuters, dpa, ANP), the Wagner mutiny of June
 * 2023 (AP, ANP), the fall of Assad in December 2024 (dpa, ANP, and Reuters looking back from
 * January) and the storming of the Capitol (AP, dpa), run through the whole pipeline: each entry's
 * happenings are events of the entry's day, of last year where the label's month lies after
 * publication's, one event for one happening however many timelines and languages tell it, and a
 * plan stays a plan.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, onlyCiting, runStory } from './story-fixtures.ts';
import { eventFileOf, eventsFrom } from './test-articles.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('timelines');
}, 60_000);

const KAZAKHSTAN = ['de_dpa_kasachstan', 'en_reuters_kazakhstan', 'nl_anp_kazachstan'];
const WAGNER = ['en_ap_wagner', 'nl_anp_wagner'];
const SYRIA = ['de_dpa_syrien', 'en_reuters_syria', 'nl_anp_syrie'];
const CAPITOL = ['de_dpa_kapitol', 'en_ap_capitol'];

describe('events of timelines told in the historical present', () => {
  it.each<[string, string, string[]]>([
    ['Protests in Zhanaozen', '2022-01-02', ['de_dpa_kasachstan', 'en_reuters_kazakhstan']],
    // "Demonstranten stürmen das Rathaus", "Betogers bestormen het stadhuis", "Protesters storm …".
    ['Protesters storm government buildings in Almaty', '2022-01-05', KAZAKHSTAN],
    ['Kassym-Jomart Tokayev declares a state of emergency in Almaty', '2022-01-05', KAZAKHSTAN],
    // "accepts the government's resignation" and "entlässt die Regierung" tell one happening.
    ['Government resigns', '2022-01-05', ['de_dpa_kasachstan', 'en_reuters_kazakhstan']],
    // "Die ersten russischen Soldaten landen in Kasachstan", "Russische militairen landen in Kazachstan".
    ['Russia sends troops to Kazakhstan', '2022-01-06', KAZAKHSTAN],
    // "Security forces kill dozens of protesters in Almaty, police say": deaths, not a protest.
    ['Dozens of protesters killed', '2022-01-06', KAZAKHSTAN],
    // "Karim Massimow wird festgenommen": a passive in the present, no future.
    ['Karim Massimov arrested', '2022-01-08', KAZAKHSTAN],
    // "Tokayev tells a CSTO video summit", "Tokajew spricht … von einem Putschversuch", "Tokajev zegt".
    ['Kassym-Jomart Tokayev speaks of a coup attempt', '2022-01-10', KAZAKHSTAN],
    // "Wagner fighters take control of Rostov-on-Don".
    ['Wagner Group captures Rostov-on-Don', '2023-06-24', ['en_ap_wagner']],
    ['Vladimir Putin gives a televised address', '2023-06-24', WAGNER],
    ['Alexander Lukashenko brokers a deal', '2023-06-24', WAGNER],
    ['Russia lifts the counter-terrorism regime in Moscow', '2023-06-26', ['en_ap_wagner']],
    // "Prigozhin arrives in Belarus, Lukashenko says", "Prigozjin landt in Wit-Rusland, zegt Loekasjenko".
    ['Yevgeny Prigozhin arrives in Belarus', '2023-06-27', WAGNER],
    // "Wednesday, Jan. 6: Trump supporters storm the U.S. Capitol", "Anhänger von Donald Trump stürmen das Kapitol".
    ['Protesters storm government buildings in Washington', '2021-01-06', CAPITOL],
    ['Donald Trump impeached', '2021-01-13', CAPITOL],
    // Reuters' timeline of 8 January 2025: "Nov. 27 - Rebels … launch an offensive" is of 2024.
    // "Rebellen … starten eine Offensive", "Rebellen … beginnen … een offensief", "Rebels … launch an offensive".
    ['Hayat Tahrir al-Sham launches an offensive', '2024-11-27', SYRIA],
    // "Die Rebellen nehmen Aleppo ein", "De rebellen nemen Aleppo in", "Rebels capture most of Aleppo".
    ['Rebels capture Aleppo', '2024-11-30', SYRIA],
    // "Assad flieht nach Moskau", "Assad vlucht naar Moskou", "Assad flees to Moscow".
    ['Bashar al-Assad flees to Moscow', '2024-12-08', SYRIA],
  ])('%s on %s, told by %j', (title, day, documents) => {
    const e = mostTold(file, title);
    expect(e?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(e)).toEqual(documents);
  });

  it('"Die Rebellen nehmen Damaskus ein", "De rebellen nemen Damascus in" and "Rebels capture Damascus" are one capture of 8 December', () => {
    const e = onlyCiting(file, 'Rebels capture Damascus');
    expect(e?.kind).toBe('capture');
    expect(e?.when.start).toBe('2024-12-08');
    expect(documentsOf(e)).toEqual(SYRIA);
  });

  it('a protest event does not cite "Security forces kill dozens of protesters"', () => {
    const citing = file.events.filter((e) =>
      e.sources.some((s) => s.sentence.startsWith('Security forces kill dozens')),
    );
    expect(citing.map((e) => e.title)).toEqual(['Dozens of protesters killed']);
  });

  it('"Jan. 7 - Tokayev says he has authorised security forces to shoot to kill" tells no deaths', () => {
    const titles = file.events
      .filter((e) => e.sources.some((s) => s.sentence.includes('shoot to kill')))
      .map((e) => e.title);
    expect(titles).toEqual(['Kassym-Jomart Tokayev orders security forces to open fire']);
  });

  it.each<[string, string]>([
    ['"13. Januar: Die russischen Soldaten sollen mit dem Abzug beginnen."', '2022-01-13'],
    ['"Saturday, July 1: Parliament is to debate the mutiny."', '2023-07-01'],
    ['"11. Dezember: Die Übergangsregierung soll ihre Arbeit aufnehmen."', '2024-12-11'],
    // On the day of publication, but told as a plan.
    ['"Wednesday, Jan. 20: Biden is to be sworn in at noon."', '2021-01-20'],
  ])('an entry that tells a plan stays a plan: %s', (_entry, day) => {
    expect(file.events.filter((e) => e.when.start.startsWith(day))).toEqual([]);
  });
});

describe('a present tense outside a timeline entry reads as before', () => {
  it.each<[string, string, string]>([
    [
      'a day in the sentence is no label: "Am 4. Januar töten …" reports no deaths',
      'de_a.md',
      '---\ndate: 2022-01-11\n---\n\nEin Überblick.\n\nAm 4. Januar töten Sicherheitskräfte Dutzende Demonstranten.\n',
    ],
    [
      'a Dutch present without a day reports no landing',
      'nl_c.txt',
      ' date 2022-01-11 Overzicht\n\nEen overzicht.\n\nRussische militairen landen in Kazachstan.\n',
    ],
  ])('%s', async (_name, name, text) => {
    const events = (await eventFileOf({ [name]: text })).events;
    const sentence = text.trim().split('\n').at(-1) ?? '';
    expect(eventsFrom({ ...file, events }, sentence)).toEqual([]);
  });
});

describe('a German present plural outside an entry is news of the days before the report', () => {
  it('"Demonstranten stürmen das Rathaus in Almaty." is a storming known only to lie before publication', async () => {
    const text =
      '---\ndate: 2022-01-11\n---\n\nEin Überblick.\n\nDemonstranten stürmen das Rathaus in Almaty.\n';
    const file = await eventFileOf({ 'de_b.md': text });
    const [event] = eventsFrom(file, 'Demonstranten stürmen das Rathaus in Almaty.');
    expect(event?.when.precision).toBe('before-publication');
    expect(event?.when.end).toBe('2022-01-11');
  });
});
