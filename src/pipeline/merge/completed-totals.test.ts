/**
 * The whole of a group told on the day its last part was brought out ("Alle twaalf jongens … zijn
 * uit de grot gehaald") is where that day's happening brought it: one event with the last part,
 * titled and counted by it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../../schema/events.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

const ARTICLES: [lang: string, total: string, last: string][] = [
  [
    'nl',
    'Alle twaalf jongens en hun voetbalcoach zijn uit de grot in het noorden van Thailand gehaald.',
    'Duikers haalden dinsdag de laatste vier jongens en de coach naar buiten, meldt de Thaise marine.',
  ],
  [
    'en',
    'All twelve boys and their coach have been rescued from the cave in northern Thailand.',
    'Divers rescued the last four boys and the coach on Tuesday, the Thai navy said.',
  ],
  [
    'de',
    'Alle zwölf Jungen und ihr Trainer sind aus der Höhle im Norden Thailands gerettet worden.',
    'Taucher retteten am Dienstag die letzten vier Jungen und den Trainer, teilte die Marine mit.',
  ],
];

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf(
    Object.fromEntries(
      ARTICLES.map(([lang, total, last]) => [`${lang}.txt`, ` date 2018-07-11 Cave\n\n${total} ${last}\n`]),
    ),
  );
}, 30_000);

describe('a total told beside the last part that completed it', () => {
  it.each(ARTICLES)('[%s] “%s” joins Tuesday’s “%s”, with no rival count', (_, total, last) => {
    const [tuesday, ...others] = eventsFrom(file, last).filter((e) => e.kind === 'rescue');
    expect(others).toEqual([]);
    expect(eventsFrom(file, total).filter((e) => e.kind === 'rescue')).toEqual([tuesday]);
    expect([tuesday?.when.start, tuesday?.title, tuesday?.conflicts]).toEqual([
      '2018-07-10',
      '4 people rescued',
      [],
    ]);
  });
});
