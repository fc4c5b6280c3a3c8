/**
 * "Bank of England", "University of Oxford", "Raad van State": an organisation named after whom
 * it serves is one actor of kind organisation, never a place or an actor named by its last words;
 * and so is one named by capitalised words before a head noun ("Democratic Party").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { eventFileOf, eventsFrom } from './test-articles.ts';

/** Language, the sentence, its event's title, the organisation, the event's places. */
const SENTENCES: [string, string, string, string, string[]][] = [
  [
    'en',
    'The Bank of England raised interest rates on Thursday.',
    'Bank of England raises interest rates',
    'Bank of England',
    [],
  ],
  [
    'en',
    'The University of Oxford announced on Friday that it would close its campus.',
    'University of Oxford makes a statement',
    'University of Oxford',
    [],
  ],
  [
    'en',
    'The Church of England said on Monday that its bishops would meet in York.',
    'Church of England makes a statement',
    'Church of England',
    ['york'],
  ],
  [
    'en',
    'Former Bank of England governor Mark Carney said on Wednesday that rates would fall.',
    'Mark Carney makes a statement',
    'Bank of England',
    [],
  ],
  [
    'nl',
    'De Raad van State zei dinsdag dat de wet niet deugt.',
    'Raad van State makes a statement',
    'Raad van State',
    [],
  ],
  [
    'de',
    'Die Bank von England hat am Donnerstag den Leitzins erhöht.',
    // The same rise as the English report's, merged with it under its English title.
    'Bank of England raises interest rates',
    'Bank von England',
    [],
  ],
  [
    'en',
    'The Democratic Party said on Tuesday it would file a new impeachment motion against the president.',
    'Democratic Party makes a statement',
    'Democratic Party',
    [],
  ],
  [
    'en',
    'The People Power Party said on Tuesday it would boycott the vote.',
    'People Power Party makes a statement',
    'People Power Party',
    [],
  ],
];

let file: EventFile;
beforeAll(async () => {
  const articles: Record<string, string> = {};
  for (const [i, [language, sentence]] of SENTENCES.entries())
    articles[`${language}_${i}.txt`] = ` date 2025-03-14 Report\n\n${sentence}\n`;
  file = await eventFileOf(articles);
}, 30_000);

describe('an organisation named "X of Y", or by words before its head noun ("Democratic Party"), is one organisation', () => {
  it.each(SENTENCES)(
    'in %s, “%s” is titled “%s”, with %s among its actors',
    (_, sentence, title, name, places) => {
      const [event] = eventsFrom(file, sentence);
      expect(event?.title).toBe(title);
      const actors = file.actors.filter((a) => event?.actors.includes(a.id));
      expect(actors).toContainEqual(expect.objectContaining({ name, kind: 'organisation' }));
      expect(event?.places).toEqual(places);
    },
  );
});
