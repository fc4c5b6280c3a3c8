/**
 * A colon after a toll opens the list of its parts ("260 mensen om het leven: 241 inzittenden en 19
 * mensen op de grond"): the 19 killed on the ground are a part of the 260, not a second toll that
 * conflicts with it.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from './test-articles.ts';

describe('the parts of a toll listed after a colon', () => {
  it.each([
    ['nl', 'Bij de ramp kwamen dinsdag 260 mensen om het leven: 241 inzittenden en 19 mensen op de grond.'],
    ['en', 'The crash on Tuesday killed 260 people: 241 passengers and crew and 19 people on the ground.'],
    [
      'de',
      'Bei dem Absturz am Dienstag kamen 260 Menschen ums Leben: 241 Insassen und 19 Menschen am Boden.',
    ],
  ])('[%s] “%s” tells 260 dead and no conflict', async (lang, sentence) => {
    const file = await eventFileOf({ [`${lang}_toll.txt`]: ` date 2025-06-18 Titel\n\n${sentence}\n` });
    const [event] = eventsFrom(file, sentence);
    expect(event?.figures.map((f) => `${f.value} ${f.counts}`)).toContain('260 people killed');
    expect(event?.conflicts).toEqual([]);
  });
});
