/**
 * The unrest in Kazakhstan of January 2022 — the government's resignation and the state of
 * emergency in Almaty on Wednesday 5 January, the city hall stormed and set on fire, Tokayev's
 * request for the help of the Russian-led CSTO late that evening, its troops announced past
 * midnight and the first Russian paratroopers landed on Thursday 6 January, dozens of attackers
 * killed in the night, Blinken's call with his Kazakh counterpart, and Tokayev's order to shoot
 * without warning on Friday 7 January — told by four live tickers: an n-tv style German ticker of
 * the Thursday, newest first, each entry under a "+++ 23:10 Uhr: … +++" headline that tells the
 * entry's news again, with day headers across midnight ("Donnerstag, 6. Januar", "Mittwoch, 5.
 * Januar"); a NOS liveblog of the Thursday, "23.15 uur | …" entries under "Donderdag 6 januari"
 * and "Woensdag 5 januari"; a tagesschau style ticker of the Friday, whose last entry is of the
 * Thursday evening; and an AD liveblog of the Friday, "18:50 – …" and "Update 12:10: …" entries.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { documentsOf, onlyCiting, runStory } from './story-fixtures.ts';

let file: EventFile;

beforeAll(async () => {
  file = await runStory('live-tickers');
}, 60_000);

describe('the unrest in Kazakhstan as four German and Dutch live tickers told it', () => {
  it('the tickers are read on the days they were published', () => {
    expect(file.documents.map((d) => [d.id, d.published.date])).toEqual(
      expect.arrayContaining([
        ['de_ntv_ticker_0106', '2022-01-06'],
        ['nl_nos_liveblog_0106', '2022-01-06'],
        ['de_tagesschau_ticker_0107', '2022-01-07'],
        ['nl_ad_liveblog_0107', '2022-01-07'],
      ]),
    );
  });

  it('an entry’s “+++ 18:45 Uhr: Tokajew erteilt Schießbefehl +++” headline is its heading, cited by no event', () => {
    const cited = file.events.flatMap((e) => e.sources).map((s) => s.sentence);
    expect(cited.filter((s) => s.includes('+++'))).toEqual([]);
    expect(cited.filter((s) => s.includes('Tokajew erteilt Schießbefehl'))).toEqual([]);
  });

  it.each<[string, string[], string]>([
    [
      'the state of emergency at “10:15 Uhr” and “10.20 uur”, under the Wednesday’s header',
      [
        'Tokajew verhängt den Ausnahmezustand über Almaty',
        'President Tokajev kondigt de noodtoestand af in Almaty',
      ],
      '2022-01-05T10',
    ],
    [
      'Tokayev’s request for help at “23:10 Uhr” and “23.15 uur”, below the entries past midnight',
      [
        'Tokajew bittet das von Russland geführte Militärbündnis OVKS um Hilfe',
        'President Tokajev vraagt het Russische militaire bondgenootschap CSTO om hulp',
      ],
      '2022-01-05T23',
    ],
    [
      'the CSTO’s troops announced at “00:35 Uhr” and “00.40 uur”, past midnight',
      [
        'Paschinjan kündigt an, dass die OVKS Friedenstruppen nach Kasachstan entsendet',
        'De CSTO stuurt vredestroepen naar Kazachstan',
      ],
      '2022-01-06T00',
    ],
    [
      'the order to shoot without warning at “18:45 Uhr” and “18:50 –”',
      [
        'Tokajew erlaubt den Sicherheitskräften, ohne Vorwarnung zu schießen',
        'Tokajev geeft de veiligheidstroepen het bevel om zonder waarschuwing te schieten',
      ],
      '2022-01-07T18',
    ],
  ])('%s is one event of both tickers, at the entries’ clock', (_what, sentences, hour) => {
    const event = onlyCiting(file, sentences[0] ?? '');
    for (const words of sentences.slice(1)) expect(onlyCiting(file, words)).toBe(event);
    expect(event?.when.precision).toBe('time');
    expect(event?.when.start.slice(0, 13)).toBe(hour);
  });

  it('the first Russian paratroopers landed are one event of three tickers, of Thursday, “bereits gestern” too', () => {
    const landing = onlyCiting(file, 'Die ersten russischen Fallschirmjäger sind in Kasachstan gelandet');
    for (const words of [
      'De eerste Russische parachutisten zijn in Kazachstan geland',
      'Bereits gestern waren die ersten Einheiten der OVKS in Kasachstan gelandet',
    ])
      expect(onlyCiting(file, words)).toBe(landing);
    expect(documentsOf(landing)).toEqual([
      'de_ntv_ticker_0106',
      'de_tagesschau_ticker_0107',
      'nl_nos_liveblog_0106',
    ]);
    expect(landing?.when.start.slice(0, 10)).toBe('2022-01-06');
  });

  it('the shots heard “in der Nacht zum Freitag” and “vannacht” are one event of the night before the Friday', () => {
    const shots = onlyCiting(file, 'In der Nacht zum Freitag waren in Almaty erneut Schüsse zu hören');
    expect(onlyCiting(file, 'Vannacht waren in Almaty opnieuw schoten te horen')).toBe(shots);
    expect(shots?.when.start.slice(0, 10)).toBe('2022-01-06');
    expect(shots?.when.value).toMatch(/TNI$/);
  });

  it.each<[string, string, string]>([
    [
      'the government’s resignation Tokayev “hat angenommen” at “07:40 Uhr”',
      'Präsident Tokajew hat den Rücktritt der Regierung angenommen',
      '2022-01-05',
    ],
    [
      'the city hall the protesters “haben gestürmt” at “14:30 Uhr”',
      'In Almaty haben Demonstranten das Rathaus gestürmt',
      '2022-01-05',
    ],
    [
      'Blinken’s call at “23:30 Uhr”, under the Friday ticker’s “Donnerstag, 6. Januar”',
      'Antony Blinken hat mit seinem kasachischen Amtskollegen Muchtar Tileuberdi telefoniert',
      '2022-01-06',
    ],
    [
      'the airport Russian paratroopers “haben unter ihre Kontrolle gebracht” beside yesterday’s landing',
      'Russische Fallschirmjäger haben den Flughafen von Almaty unter ihre Kontrolle gebracht',
      '2022-01-07',
    ],
    [
      'the arrests that “wurden festgenommen” after the entry’s “sind … getötet worden”',
      'Mehr als 3000 Menschen wurden festgenommen',
      '2022-01-07',
    ],
    [
      'the attackers the police killed “in der Nacht”, told at “08:20 Uhr” on the Thursday',
      'Die Polizei in Almaty hat in der Nacht nach eigenen Angaben Dutzende Angreifer getötet',
      '2022-01-05',
    ],
  ])('%s: every event citing “%s” is of %s', (_what, words, day) => {
    const days = file.events
      .filter((e) => e.sources.some((s) => s.sentence.includes(words)))
      .map((e) => e.when.start.slice(0, 10));
    expect(days.length).toBeGreaterThan(0);
    expect(new Set(days)).toEqual(new Set([day]));
  });

  it.each<[string, string, string]>([
    [
      'the government’s resignation Tokayev “hat angenommen”, the entry of “07:40 Uhr”',
      'Präsident Tokajew hat den Rücktritt der Regierung angenommen',
      '2022-01-05T07:40',
    ],
    [
      'Blinken’s call that he “hat telefoniert”, the entry of “23:30 Uhr”',
      'Antony Blinken hat mit seinem kasachischen Amtskollegen Muchtar Tileuberdi telefoniert',
      '2022-01-06T23:30',
    ],
    [
      'the airport Russian paratroopers “haben unter ihre Kontrolle gebracht”, the entry of “09:30 Uhr”',
      'Russische Fallschirmjäger haben den Flughafen von Almaty unter ihre Kontrolle gebracht',
      '2022-01-07T09:30',
    ],
  ])('%s, told in the perfect as just happened, is dated at the entry’s clock', (_what, words, at) => {
    const event = onlyCiting(file, words);
    expect(event?.when.precision).toBe('time');
    expect(event?.when.start).toBe(at);
  });

  it('the city hall that protesters “haben gestürmt” and “bestormen”, the Dutch plural no infinitive, is one event of both tickers', () => {
    const storming = onlyCiting(file, 'Betogers bestormen het stadhuis in Almaty');
    const rathaus = file.events.filter((e) =>
      e.sources.some((s) => s.sentence.includes('In Almaty haben Demonstranten das Rathaus gestürmt')),
    );
    expect(rathaus).toContain(storming);
    expect(storming?.when.start.slice(0, 10)).toBe('2022-01-05');
  });

  it('the arrests the Friday’s German and Dutch tickers tell are one event of the Friday', () => {
    const arrests = onlyCiting(file, 'Mehr als 3000 Menschen wurden festgenommen');
    expect(onlyCiting(file, 'Meer dan 3000 mensen werden opgepakt')).toBe(arrests);
  });

  it('Blinken’s “kasachischen Amtskollegen Muchtar Tileuberdi” is Muchtar Tileuberdi, the colleague no part of his name', () => {
    const call = onlyCiting(file, 'mit seinem kasachischen Amtskollegen Muchtar Tileuberdi telefoniert');
    expect(call?.actors).toContain('blinken');
    expect(call?.actors.some((a) => a.includes('amtskolleg'))).toBe(false);
    const mentions = call?.sources.flatMap((s) => s.mentions ?? []).map((m) => m.text);
    expect(mentions).toContain('Muchtar Tileuberdi');
  });
});
