/**
 * The Wagner mutiny of 23–24 June 2023 and its aftermath as ten outlets told it in en, nl and de
 * (Rostov-on-Don taken, Putin's address, the advance on Moscow, the aircraft shot down,
 * Lukashenko's deal and the turn-back, the counter-terrorism regime lifted, the case dropped,
 * Prigozhin in Belarus, his plane crash two months later), run through the whole pipeline: the
 * events a reader expects, on the right day, citing every report; a machine translation's
 * "Yevgeny Primakov" read as Prigozhin; and none that an accusation, a promise, a commemoration or
 * a city bracing for attack would make.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, mostTold, publishedOf, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('wagner-mutiny');
}, 60_000);

/** The event of that title on that day (two televised addresses, on Saturday and on Monday). */
const eventOn = (title: string, day: string) =>
  file.events.find((e) => e.title === title && e.when.start.startsWith(day)) ?? mostTold(file, title);

describe('events of the Wagner mutiny', () => {
  it.each<[string, string, string[]]>([
    [
      'Yevgeny Prigozhin takes control of Rostov-on-Don',
      // The night of Friday to Saturday.
      '2023-06-23',
      [
        'de_spiegel_0627',
        'de_tagesschau_0624',
        'en_mt_undated',
        'en_reuters_0624',
        'nl_nos_0624',
        'nl_nrc_0626',
      ],
    ],
    [
      'Vladimir Putin gives a televised address',
      '2023-06-24',
      // The translation's "In the morning Putin had spoken in a television speech" is that Saturday's.
      ['de_tagesschau_0624', 'en_mt_undated', 'en_reuters_0624', 'nl_nos_0624', 'nl_volkskrant_0824'],
    ],
    [
      'Yevgeny Prigozhin advances on Moscow',
      '2023-06-24',
      ['de_tagesschau_0624', 'en_ap_0625', 'en_reuters_0624', 'nl_nos_0624', 'nl_nrc_0626'],
    ],
    ['Yevgeny Prigozhin orders his fighters to turn back', '2023-06-24', ['de_dpa_undated', 'en_ap_0625']],
    // "In de nacht van vrijdag op zaterdag … Daarna trok een colonne … Onderweg schoten de huurlingen …".
    [
      'Wagner Group shoots down aircraft',
      '2023-06-24',
      ['de_spiegel_0627', 'en_ap_0625', 'nl_nos_0624', 'nl_nrc_0626'],
    ],
    ['Alexander Lukashenko brokers a deal', '2023-06-24', ['nl_nrc_0626', 'nl_volkskrant_0824']],
    ['Counter-terrorism regime lifted in Moscow', '2023-06-26', ['de_dpa_undated', 'nl_nrc_0626']],
    ['Yevgeny Prigozhin arrives in Belarus', '2023-06-27', ['de_spiegel_0627', 'en_guardian_0627']],
    [
      'Federal Security Service of Russia drops the criminal case',
      '2023-06-27',
      ['de_spiegel_0627', 'en_guardian_0627'],
    ],
    ['Crash in Tver', '2023-08-23', ['nl_volkskrant_0824']],
    ['Yevgeny Prigozhin killed', '2023-08-23', ['nl_volkskrant_0824']],
    // "'…', zei de Amerikaanse president Biden": the subject after the verb speaks.
    ['Joe Biden makes a statement', '2023-08-23', ['nl_volkskrant_0824']],
  ])('“%s” on %s, citing %j', (title, day, documents) => {
    const found = eventOn(title, day);
    expect(found?.when.start.slice(0, 10)).toBe(day);
    expect(documentsOf(found)).toEqual(documents);
  });

  it('has Putin’s Monday address apart from Saturday’s, citing the Guardian and Spiegel', () => {
    const monday = eventOn('Vladimir Putin gives a televised address', '2023-06-26');
    expect(monday?.when.start.slice(0, 10)).toBe('2023-06-26');
    expect(documentsOf(monday)).toEqual(['de_spiegel_0627', 'en_guardian_0627']);
  });

  it.each<[string, string]>([
    ['Vladimir Putin killed', "Putin asked for 'a minute of silence for the pilots who were killed'"],
    ['Protests', "the march 'had not been intended … to protest against the conduct of the war'"],
    ['Attack', "'Moscow had braced for an attack on Saturday'"],
    ['Disruption', "the FSB 'stellte … das Strafverfahren … ein': a case dropped, nothing disrupted"],
    ['Evacuation from Belarus', "Peskov said Prigozhin 'werde nach Belarus ausreisen'"],
    ['Charges against Dmitry Peskov dropped', 'the speaker is not the one the case was against'],
    ['Counter-terrorism regime declared', "'the regime remained in force on Sunday' declares nothing"],
    [
      'Missile and air strikes',
      "Prigozhin 'accused the defence ministry of killing … in a missile strike': an accusation",
    ],
  ])('no “%s”: %s', (title) => {
    expect(mostTold(file, title)).toBeUndefined();
  });

  it('reports Prigozhin killed only in the plane crash of August, not in his accusation of June', () => {
    const killed = file.events.filter((e) => e.title === 'Yevgeny Prigozhin killed');
    expect(killed.map((e) => e.when.start.slice(0, 10))).toEqual(['2023-08-23']);
  });

  it('takes the machine translation’s “Yevgeny Primakov” for Prigozhin, in every title', () => {
    const mentions = file.events
      .flatMap((e) => e.sources)
      .filter((s) => s.document === 'en_mt_undated')
      .flatMap((s) => s.mentions ?? [])
      .filter((m) => m.text.includes('Primakov'));
    expect(mentions.length).toBeGreaterThan(1);
    expect(new Set(mentions.map((m) => m.id))).toEqual(new Set(['prigozhin']));
    expect(file.events.filter((e) => e.title.includes('Primakov'))).toEqual([]);
  });

  it('cites no site boilerplate', () => {
    const cited = file.events.flatMap((e) => e.sources.map((s) => s.sentence));
    for (const line of ['Share this article', 'Lees ook', 'Mehr zum Thema', 'cookies', 'Sign up to'])
      expect(cited.filter((s) => s.includes(line))).toEqual([]);
  });

  it.each<[string, string]>([
    ['nl_nrc_0626', '2023-06-26'],
    ['en_mt_undated', '2023-06-25'],
    ['de_dpa_undated', '2023-06-26'],
  ])('gives %s, which has no day of its own, the day %s', (id, day) => {
    const published = publishedOf(file, id);
    expect(published).toMatchObject({ date: day, precision: 'day', inferred: true });
  });
});
