/**
 * A leader who calls what happened a coup speaks of a coup attempt, dated by the day the next sentence of
 * the paragraph gives ("am Montag"), not before publication and not by anyone named elsewhere.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { eventFileOf, eventsFrom } from './test-articles.ts';

/** A second speaker at the meeting, named with his country's genitive and title. */
const OTHER: Record<string, string> = {
  de: 'Chinas Präsident Xi Jinping sagte bei dem Treffen, man werde keine Einmischung zulassen.',
  nl: 'Chinees president Xi Jinping zei tijdens de bijeenkomst dat China geen inmenging duldt.',
};

const ARTICLES: [string, string, string][] = [
  [
    'de',
    'Der bolivianische Präsident Luis Arce hat die Unruhen in seinem Land als Putschversuch bezeichnet.',
    'Bei einem Treffen der Organisation Amerikanischer Staaten sagte Arce am Montag, Offiziere hätten die Regierung stürzen wollen.',
  ],
  [
    'nl',
    'De Boliviaanse president Luis Arce heeft de onrust in zijn land een poging tot staatsgreep genoemd.',
    'Tijdens een bijeenkomst van de Organisatie van Amerikaanse Staten zei Arce maandag dat officieren de regering ten val wilden brengen.',
  ],
];

const files = new Map<string, EventFile>();
beforeAll(async () => {
  for (const [lang, first, second] of ARTICLES)
    files.set(
      lang,
      await eventFileOf({
        [`${lang}_arce.txt`]: ` date 2024-08-13 Bolivia\n\n${first} ${second}\n\n${OTHER[lang] ?? ''}\n`,
      }),
    );
}, 60_000);

describe('calling the unrest a coup attempt', () => {
  it.each(ARTICLES)('[%s] “%s” is the president’s statement of Monday', (lang, first) => {
    const file = files.get(lang) as EventFile;
    const [event] = eventsFrom(file, first);
    expect(event && `${event.when.start} ${event.when.precision} ${event.title}`).toBe(
      '2024-08-12 day Luis Arce speaks of a coup attempt',
    );
  });
});
