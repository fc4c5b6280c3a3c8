import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

describe('a shooting the one shot died of is titled as shot, no attempt', () => {
  it.each<[string, string, string, string, string, string]>([
    [
      'Reuters’ “Abe, 67, was shot from behind”, after “died on Friday”',
      'en',
      '2022-07-08',
      'Former Japanese Prime Minister Shinzo Abe died on Friday after he was shot while making a campaign speech in the western city of Nara.',
      'Abe, 67, was shot from behind at about 11:30 a.m. (0230 GMT) as he spoke outside Yamato-Saidaiji railway station.',
      'Shinzo Abe shot',
    ],
    [
      'NOS’ “Abe (67) werd gisterochtend … neergeschoten”, after “is gisteren overleden”',
      'nl',
      '2022-07-09',
      'De Japanse oud-premier Shinzo Abe is gisteren overleden.',
      'Abe (67) werd gisterochtend rond 11.30 uur lokale tijd (04.30 uur Nederlandse tijd) neergeschoten tijdens een verkiezingstoespraak voor het station Yamato-Saidaiji.',
      'Shinzo Abe shot',
    ],
    [
      'tagesschau’s “Abe war am Freitag … niedergeschossen worden”, after “ist am Freitag gestorben”',
      'de',
      '2022-07-10',
      'Der frühere Regierungschef Shinzo Abe ist am Freitag gestorben.',
      'Abe war am Freitag in der Stadt Nara während einer Wahlkampfrede vor dem Bahnhof Yamato-Saidaiji niedergeschossen worden.',
      'Shinzo Abe shot',
    ],
    [
      'a German “wurde Robert Fico angeschossen”, who was flown to hospital, stays an attempt',
      'de',
      '2024-05-16',
      'Der slowakische Regierungschef ist verletzt.',
      'Am Mittwoch wurde Robert Fico angeschossen.',
      'Assassination attempt on Robert Fico',
    ],
  ])('%s', async (_name, lang, date, before, shot, title) => {
    const file = await eventFileOf({
      [`${lang}_shot.txt`]: [` date ${date} Report`, '', `${before} ${shot}`].join('\n'),
    });
    const attempt = eventsFrom(file, shot).find((e) => e.kind === 'assassination-attempt');
    expect(attempt?.title).toBe(title);
  });
});
