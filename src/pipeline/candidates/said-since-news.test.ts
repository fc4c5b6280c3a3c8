import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

describe('what someone said, told without a day, was said since the news of the report', () => {
  it.each<[string, string, string, string[], string, string]>([
    [
      'tagesschau’s Scholz “fassungslos … über die Tat”, after the shooting “am Freitag”',
      'de',
      '2022-07-10',
      [
        'Abe war am Freitag in der Stadt Nara während einer Wahlkampfrede vor dem Bahnhof Yamato-Saidaiji niedergeschossen worden.',
        'Die Totenwache ist für Montag geplant, die Trauerfeier im engsten Familienkreis soll am Dienstag im Zojoji-Tempel stattfinden.',
      ],
      'Bundeskanzler Olaf Scholz zeigte sich "fassungslos und zutiefst erschüttert" über die Tat.',
      '2022-07-08',
    ],
    [
      'NOS’ Kishida “nooit zal toegeven aan geweld”, after the shooting “gisterochtend”',
      'nl',
      '2022-07-09',
      [
        'Abe (67) werd gisterochtend rond 11.30 uur lokale tijd (04.30 uur Nederlandse tijd) neergeschoten tijdens een verkiezingstoespraak voor het station Yamato-Saidaiji.',
        'De verkiezingen voor het Japanse Hogerhuis gaan morgen gewoon door.',
      ],
      'Premier Kishida zei dat Japan "nooit zal toegeven aan geweld".',
      '2022-07-08',
    ],
    [
      'a reaction in a report that dates nothing may have been said any day of the week before it',
      'en',
      '2024-06-26',
      ['Protesters stormed parliament in Nairobi.'],
      'President William Ruto said the protests had been hijacked by criminals.',
      '2024-06-19',
    ],
  ])('%s', async (_name, lang, date, news, said, start) => {
    // The saying closes the last paragraph of the news, as in the reports.
    const file = await eventFileOf({
      [`${lang}_said.txt`]: [
        ` date ${date} Report`,
        '',
        ...news.slice(0, -1).flatMap((p) => [p, '']),
        `${news.at(-1) ?? ''} ${said}`,
      ].join('\n'),
    });
    const statement = eventsFrom(file, said).find((e) => e.kind === 'statement');
    expect(statement?.when.precision).toBe('before-publication');
    expect([statement?.when.start.slice(0, 10), statement?.when.end.slice(0, 10)]).toEqual([start, date]);
  });
});
