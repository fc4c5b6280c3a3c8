/**
 * A possessive pronoun that opens a sentence is capitalised like a name ("His lawyer said …"):
 * it must never become the one who acts or speaks in an event's title or actors.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { actorNames, eventFileOf, eventsFrom } from './test-articles.ts';

/** Language, the pronoun, the sentence and the title of the event it tells. */
const SENTENCES: [string, string, string, string][] = [
  ['en', 'His', 'His lawyer said on Wednesday that Anna Berg was released.', 'Anna Berg freed'],
  ['en', 'Her', 'Her spokesman said on Thursday that 3 people were arrested in Leeds.', '3 people arrested'],
  ['en', 'Their', 'Their union announced a strike on Friday.', 'Strike'],
  ['nl', 'Zijn', 'Zijn advocaat zei woensdag dat Pieter Smit is vrijgelaten.', 'Pieter Smit freed'],
  [
    'nl',
    'Haar',
    'Haar woordvoerder zei donderdag dat drie mensen zijn opgepakt in Utrecht.',
    '3 people arrested',
  ],
  [
    'de',
    'Sein',
    'Sein Anwalt sagte am Mittwoch, die Polizei habe in Köln drei Menschen festgenommen.',
    '3 people arrested',
  ],
  [
    'de',
    'Ihr',
    'Ihr Sprecher teilte am Donnerstag mit, in Köln seien drei Menschen festgenommen worden.',
    '3 people arrested',
  ],
];

let file: EventFile;
beforeAll(async () => {
  const articles: Record<string, string> = {};
  for (const [i, [language, , sentence]] of SENTENCES.entries())
    articles[`${language}_${i}.txt`] = ` date 2025-03-10 Report\n\n${sentence}\n`;
  file = await eventFileOf(articles);
}, 30_000);

describe('a possessive pronoun is never an agent', () => {
  it.each(SENTENCES)('in %s, "%s" is no actor of "%s", titled "%s"', (_, pronoun, sentence, title) => {
    const events = eventsFrom(file, sentence);
    expect(events.map((e) => e.title)).toContain(title);
    for (const event of events) {
      expect(event.title.split(' ')).not.toContain(pronoun);
      expect(actorNames(file, event)).not.toContain(pronoun);
    }
  });
});
