/**
 * A toll told as what someone said on a day ("Kazakhstan said on Saturday that 225 people had been
 * killed during this month's unrest") reports the toll as of that day: the saying is no statement
 * of its own beside the dead.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf } from '../test-articles.ts';

describe('a toll said on a day', () => {
  it.each([
    [
      'en',
      "Kazakhstan said on Saturday that 225 people had been killed during this month's unrest, including 19 members of the security forces.",
    ],
    ['nl', 'Kazachstan maakte zaterdag bekend dat bij de onlusten van deze maand 225 mensen zijn gedood.'],
    [
      'de',
      'Kasachstan teilte am Samstag mit, dass bei den Unruhen in diesem Monat 225 Menschen getötet wurden.',
    ],
  ])('[%s] “%s” is the toll of 225 dead, no statement', async (lang, text) => {
    const file = await eventFileOf({ [`${lang}_a.txt`]: ` date 2022-01-15 Report\n\n${text}\n` });
    expect(file.events.map((e) => e.kind)).not.toContain('statement');
    const deaths = file.events.filter((e) => e.kind === 'death');
    expect(deaths.map((e) => e.title)).toEqual(['225 people killed']);
  });
});
