/**
 * A story seldom has two ceasefires agreed (lexicon `rare`): reports of one on the same day, in
 * en, nl and de, with or without the names of the sides, tell one happening.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { eventFileOf, eventsFrom, sentenceArticles } from './test-articles.ts';

const SENTENCES = [
  ['en_agreed.txt', 'India and Pakistan have agreed to an immediate ceasefire on Saturday.'],
  ['en_in_force.txt', 'The ceasefire came into force on Saturday at 17:00 Indian time.'],
  [
    'nl_announced.txt',
    'Zaterdag maakte de Amerikaanse president Donald Trump bekend dat de twee kernmachten een wapenstilstand hadden gesloten.',
  ],
  ['de_agreed.txt', 'Indien und Pakistan haben sich am Samstag auf eine Waffenruhe geeinigt.'],
] as const;

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf(sentenceArticles(SENTENCES, '2025-05-10'));
}, 60_000);

describe('one ceasefire told four ways', () => {
  it.each(SENTENCES.map(([name, sentence]) => [name, sentence]))(
    '%s tells the one ceasefire of Saturday 10 May',
    (_, sentence) => {
      const events = eventsFrom(file, sentence);
      expect(events.map((e) => [e.kind, e.when.start.slice(0, 10)])).toEqual([['ceasefire', '2025-05-10']]);
      expect(events[0]?.sources).toHaveLength(SENTENCES.length);
    },
  );
});
