import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from './test-articles.ts';

/** A British live blog, newest entry first, its clocks in GMT. */
const blog = (place: string) =>
  '2015-11-14T09:12:00Z\nAttacks - live updates\n\n' +
  `1.30am GMT\nAt least 120 people are now dead in ${place}, according to police.\n\n` +
  `11.20pm GMT\nPolice have just stormed the Bataclan concert hall in ${place}.\n\n` +
  `8.25pm GMT\nReports are coming in of explosions near the Stade de France in ${place}.\n`;

describe('a live blog’s GMT clocks are read in the time of the country its places lie in', () => {
  it('“11.20pm GMT” of a storming in Paris is 00:20 on Saturday there', async () => {
    const file = await eventFileOf({ 'en_blog.txt': blog('Paris') });
    const storming = eventsFrom(file, 'Police have just stormed the Bataclan concert hall in Paris.');
    expect(storming.map((e) => e.when.value)).toEqual(['2015-11-14T00:20']);
  });

  it('in a country of several zones the clock stays as told, in GMT', async () => {
    const file = await eventFileOf({ 'en_blog.txt': blog('Texas') });
    const storming = eventsFrom(file, 'Police have just stormed the Bataclan concert hall in Texas.');
    expect(storming.map((e) => e.when.value)).toEqual(['2015-11-13T23:20']);
  });
});
