/**
 * A happening named as what parliament will debate on a day ahead ("debatteert maandag over de val
 * van het kabinet") is one told before: it is not dated to the debate's day.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from './test-articles.ts';

describe('a government’s fall named as the topic of a debate ahead, in an article of Saturday 8 July 2023', () => {
  it.each([
    ['nl', 'De Tweede Kamer debatteert maandag over de val van het kabinet.'],
    ['de', 'Am Montag debattiert der Bundestag über den Zusammenbruch der Regierung.'],
  ])(
    '[%s] “%s” dates no fall on Monday',
    async (lang, sentence) => {
      const file = await eventFileOf({
        [`${lang}_debate.txt`]: [' date 2023-07-08 ', 'Debate', '', sentence].join('\n'),
      });
      const falls = eventsFrom(file, sentence).filter((e) => e.kind === 'government-collapse');
      for (const e of falls) expect(e.when.start.slice(0, 10) <= '2023-07-08').toBe(true);
    },
    30_000,
  );
});
