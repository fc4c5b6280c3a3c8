import { describe, expect, it } from 'vitest';
import { entryWhen } from './entry-when.ts';
import type { Lang } from './lexicon.ts';

const ENTRY = { day: '2015-11-14', time: '00:20' };

describe('what a live-blog entry tells without a time of its own', () => {
  it.each<[Lang, string, string, string]>([
    ['nl', 'De politie is zojuist de concertzaal Bataclan binnengevallen.', 'time', '2015-11-14T00:20'],
    ['en', 'Police have just stormed the Bataclan concert hall.', 'time', '2015-11-14T00:20'],
    ['de', 'Die Polizei stürmt die Konzerthalle Bataclan.', 'time', '2015-11-14T00:20'],
    ['en', 'Hollande has declared three days of national mourning.', 'time', '2015-11-14T00:20'],
    ['de', 'Die Geiselnahme im Bataclan ist beendet.', 'time', '2015-11-14T00:20'],
    ['nl', 'De gijzeling in de Bataclan is beëindigd.', 'time', '2015-11-14T00:20'],
    ['de', 'Präsident Tokajew hat den Rücktritt der Regierung angenommen.', 'time', '2015-11-14T00:20'],
    ['nl', 'De eerste Russische parachutisten zijn in Kazachstan aangekomen.', 'time', '2015-11-14T00:20'],
    ['nl', 'President Tokajev kondigt de noodtoestand af in Almaty.', 'time', '2015-11-14T00:20'],
    [
      'nl',
      'Premier Rutte laat weten dat hij geschokt is door de aanslagen in Parijs.',
      'time',
      '2015-11-14T00:20',
    ],
    ['de', 'Kanzlerin Merkel ist zutiefst erschüttert über die Anschläge.', 'time', '2015-11-14T00:20'],
    ['en', 'Obama says he is shocked by the attacks.', 'time', '2015-11-14T00:20'],
    ['nl', 'Rutte was geschokt door de aanslagen.', 'time', '2015-11-14T00:20'],
    [
      'nl',
      'Drie van hen bliezen zichzelf op, een werd door de politie doodgeschoten.',
      'before-publication',
      'PAST_REF',
    ],
    ['en', 'Most of them were killed at the Bataclan.', 'before-publication', 'PAST_REF'],
    [
      'de',
      'US-Außenminister Antony Blinken sprach mit seinem kasachischen Amtskollegen Muchtar Tileuberdi.',
      'time',
      '2015-11-14T00:20',
    ],
    ['en', 'Police stormed the Bataclan concert hall.', 'time', '2015-11-14T00:20'],
    [
      'de',
      'US-Außenminister Antony Blinken hat mit seinem kasachischen Amtskollegen Muchtar Tileuberdi telefoniert.',
      'time',
      '2015-11-14T00:20',
    ],
    [
      'de',
      'US-Außenminister Antony Blinken telefonierte mit seinem kasachischen Amtskollegen.',
      'time',
      '2015-11-14T00:20',
    ],
    [
      'nl',
      'De eerste Russische parachutisten zijn in Kazachstan geland, meldt het Russische ministerie van Defensie.',
      'time',
      '2015-11-14T00:20',
    ],
    ['nl', 'Daarna vluchtte hij weg in een rode auto.', 'time', '2015-11-14T00:20'],
    // A count is a toll as it stands when the entry is written, not a happening of its clock.
    [
      'de',
      'Bei den Unruhen sind nach Angaben des Innenministeriums 26 bewaffnete Angreifer getötet worden.',
      'day',
      '2015-11-14',
    ],
    [
      'nl',
      'Bij de concertzaal Bataclan zijn volgens de politie zeker 80 doden gevallen.',
      'day',
      '2015-11-14',
    ],
    ['de', '0.40 Uhr: Die Geiselnahme im Bataclan ist beendet.', 'time', '2015-11-14T00:20'],
    [
      'de',
      'Auslöser der Proteste war eine Verdopplung des Preises für Autogas.',
      'before-publication',
      'PAST_REF',
    ],
    [
      'nl',
      'De protesten braken uit omdat de prijs van autogas was verdubbeld.',
      'before-publication',
      'PAST_REF',
    ],
    ['en', 'The protests broke out because fuel prices doubled.', 'before-publication', 'PAST_REF'],
    [
      'nl',
      'Getuigen in de Bataclan vertellen dat de schutters lukraak op het publiek schoten.',
      'before-publication',
      'PAST_REF',
    ],
    [
      'de',
      'Die Regierung hatte die Preisobergrenze für Autogas zum Jahreswechsel aufgehoben.',
      'before-publication',
      'PAST_REF',
    ],
  ])('%s: “%s” is dated at %s precision', (lang, sentence, precision, value) => {
    const { when } = entryWhen(lang, sentence, ENTRY);
    expect([when.precision, when.value]).toEqual([precision, value]);
  });

  it.each<[Lang, string, boolean, string]>([
    ['de', 'Mehr als 3000 Menschen wurden festgenommen.', true, '2015-11-14'],
    ['de', 'Mehr als 3000 Menschen wurden festgenommen.', false, 'PAST_REF'],
    ['de', 'Auslöser der Proteste war eine Verdopplung des Preises für Autogas.', true, 'PAST_REF'],
    ['nl', 'Drie van hen bliezen zichzelf op, een werd door de politie doodgeschoten.', true, '2015-11-14'],
  ])(
    '%s: “%s”, after a sentence of the entry’s news on its day (%s), is dated %s',
    (lang, sentence, continues, value) => {
      expect(entryWhen(lang, sentence, ENTRY, continues).when.value).toBe(value);
    },
  );

  // The clock is the time of what happens as the entry is written; of news told in the past, only
  // the latest it happened by, which another report's day of it may hold.
  it.each<[Lang, string, boolean]>([
    ['de', 'Die Polizei stürmt die Konzerthalle Bataclan.', true],
    ['nl', 'De politie is zojuist de concertzaal Bataclan binnengevallen.', true],
    ['de', 'Präsident Tokajew hat den Rücktritt der Regierung angenommen.', false],
    ['nl', 'Daarna vluchtte hij weg in een rode auto.', false],
  ])('%s: “%s” takes the entry’s clock as its own time: %s', (lang, sentence, own) => {
    expect(entryWhen(lang, sentence, ENTRY).own).toBe(own);
  });
});
