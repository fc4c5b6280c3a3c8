/**
 * A happening a sentence names without reporting it ("the death toll from Friday's attack") still
 * lends the sentence's time to a later "the attack" of the same article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { eventFileOf, eventsFrom } from './test-articles.ts';

const TOLL = "The death toll from Friday's attack on the concert hall near Moscow has risen to 133.";
const CLAIM = 'The Islamic State group has said it was behind the attack.';

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf({ 'bbc.md': `---\ndate: 2024-03-24\n---\n${TOLL}\n\n${CLAIM}\n` });
}, 30_000);

describe('a happening named as the cause of a toll', () => {
  it('the toll is reported, dated by the sentence', () => {
    expect(eventsFrom(file, TOLL).map((e) => [e.title, e.when.start.slice(0, 10)])).toEqual([
      ['133 people killed', '2024-03-22'],
    ]);
  });

  it('a later "the attack" takes the day the toll sentence gave it', () => {
    expect(eventsFrom(file, CLAIM).map((e) => e.when.start.slice(0, 10))).toEqual(['2024-03-22']);
  });
});
