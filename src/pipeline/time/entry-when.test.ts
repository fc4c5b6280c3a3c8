import { describe, expect, it } from 'vitest';
import { entryWhen } from './entry-when.ts';
import type { Lang } from './lexicon.ts';

const ENTRY = { day: '2015-11-14', time: '00:20' };

describe('what a live-blog entry tells without a time of its own', () => {
  it.each<[Lang, string, string, string]>([
    ['nl', 'De politie is zojuist de concertzaal Bataclan binnengevallen.', 'time', '2015-11-14T00:20'],
    ['en', 'Police have just stormed the Bataclan concert hall.', 'time', '2015-11-14T00:20'],
    ['de', 'Die Polizei stürmt die Konzerthalle Bataclan.', 'time', '2015-11-14T00:20'],
    ['en', 'Hollande has declared three days of national mourning.', 'day', '2015-11-14'],
    ['de', 'Die Geiselnahme im Bataclan ist beendet.', 'day', '2015-11-14'],
    ['nl', 'De gijzeling in de Bataclan is beëindigd.', 'day', '2015-11-14'],
    ['de', 'Präsident Tokajew hat den Rücktritt der Regierung angenommen.', 'day', '2015-11-14'],
    ['nl', 'De eerste Russische parachutisten zijn in Kazachstan aangekomen.', 'day', '2015-11-14'],
    ['nl', 'President Tokajev kondigt de noodtoestand af in Almaty.', 'time', '2015-11-14T00:20'],
    [
      'nl',
      'Premier Rutte laat weten dat hij geschokt is door de aanslagen in Parijs.',
      'time',
      '2015-11-14T00:20',
    ],
    ['de', 'Kanzlerin Merkel ist zutiefst erschüttert über die Anschläge.', 'time', '2015-11-14T00:20'],
    ['en', 'Obama says he is shocked by the attacks.', 'time', '2015-11-14T00:20'],
    ['nl', 'Rutte was geschokt door de aanslagen.', 'day', '2015-11-14'],
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
      'day',
      '2015-11-14',
    ],
    ['en', 'Police stormed the Bataclan concert hall.', 'day', '2015-11-14'],
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
    const when = entryWhen(lang, sentence, ENTRY);
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
      expect(entryWhen(lang, sentence, ENTRY, continues).value).toBe(value);
    },
  );
});
