/**
 * News of a night is told the morning after as that day's: India's strikes "in der Nacht zum
 * Mittwoch" are those others tell "on Wednesday" or "op 7 mei".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../../schema/events.ts';
import { eventFileOf, eventsFrom, sentenceArticles } from '../test-articles.ts';

const SENTENCES = [
  [
    'de_night.txt',
    'Indien hat in der Nacht zum Mittwoch Ziele in Pakistan und im pakistanisch verwalteten Teil Kaschmirs angegriffen.',
  ],
  ['nl_day.txt', 'Op 7 mei bombardeerde India doelen in Pakistan.'],
  ['en_day.txt', 'India on Wednesday bombed targets in Pakistan, the Indian army said.'],
] as const;

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf(sentenceArticles(SENTENCES, '2025-05-07'));
}, 60_000);

describe('strikes of the night to Wednesday and of Wednesday', () => {
  it.each(SENTENCES.map(([name, sentence]) => [name, sentence]))('%s tells the one strike', (_, sentence) => {
    const events = eventsFrom(file, sentence).filter((e) => e.kind === 'attack');
    expect(events).toHaveLength(1);
    expect(new Set(events[0]?.sources.map((s) => s.document))).toEqual(
      new Set(SENTENCES.map(([name]) => name.replace(/\.txt$/, ''))),
    );
  });
});
