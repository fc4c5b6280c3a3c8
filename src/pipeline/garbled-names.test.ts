/**
 * A machine translation that turned a title holder's family name into another famous one does
 * so each time it writes it ("Wagner chief Yevgeny Primakov" … "Primakov said"): after the
 * holder's given name the garbled name is the holder, and so is that family name alone; a title
 * no country holds ("Wagner chief") has its holder whatever country the report is about.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { actorNames, eventFileOf, eventsFrom } from './test-articles.ts';

/** File name, the sentence looked at, who the event's actor is, the article's paragraphs. */
const ARTICLES: [string, string, string, string[]][] = [
  [
    'en_garbled_wagner.txt',
    'Wagner chief Yevgeny Primakov announced on Saturday evening',
    'Yevgeny Prigozhin',
    [
      'Wagner chief Yevgeny Primakov announced on Saturday evening that his columns would turn around and go back to their field camps.',
      'Before that, the Belarusian President Alexander Lukashenko had negotiated with Primakov for the whole day, according to his press service.',
    ],
  ],
  [
    'en_garbled_wagner_again.txt',
    'Primakov said in a voice message on Saturday',
    'Yevgeny Prigozhin',
    [
      'Wagner chief Yevgeny Primakov announced on Saturday evening that his columns would turn around.',
      '"Now the moment has come when blood could flow," Primakov said in a voice message on Saturday.',
    ],
  ],
  [
    'de_garbled_wagner.txt',
    'Primakow sagte am Samstag',
    'Yevgeny Prigozhin',
    [
      'Wagner-Chef Jewgeni Primakow erklärte am Samstagabend, seine Kolonnen würden umkehren.',
      'Primakow sagte am Samstag in einer Sprachnachricht, nun sei der Moment gekommen.',
    ],
  ],
  [
    'en_other_given_name.txt',
    'Wagner chief Dmitry Primakov said on Saturday',
    'Dmitry Primakov',
    ['Wagner chief Dmitry Primakov said on Saturday that the columns would turn around.'],
  ],
];

let file: EventFile;
beforeAll(async () => {
  const articles: Record<string, string> = {};
  for (const [name, , , paragraphs] of ARTICLES)
    articles[name] = ` date 2023-06-25 Report\n\n${paragraphs.join('\n\n')}\n`;
  file = await eventFileOf(articles);
}, 30_000);

describe('a family name a translation garbled is the title holder each time it is written', () => {
  it.each(ARTICLES)('in %s, the speaker of “%s” is %s', (_, sentence, actor) => {
    const [event] = eventsFrom(file, sentence);
    expect(event && actorNames(file, event)).toContain(actor);
  });
});
