/**
 * "A powerful earthquake in Morocco killed 820 people, authorities said on Saturday": Saturday is
 * the day the toll was given, not the quake's; the quake keeps the hour another sentence gives it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { eventFileOf, eventsFrom } from './test-articles.ts';

const LEDE =
  'A powerful earthquake in Morocco killed 820 people, authorities said on Saturday, and damaged historic buildings in Marrakech.';
const HOUR = 'The magnitude 6.8 quake struck at 11:11 p.m. on Friday, about 72 km southwest of Marrakech.';

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf({
    'en_quake.txt': [' date 2023-09-09 ', 'Morocco earthquake kills more than 800', '', LEDE, '', HOUR].join(
      '\n',
    ),
  });
}, 30_000);

describe('a quake told with a toll given on the day of saying', () => {
  it('is dated by the hour it struck, with no second day in conflict', () => {
    const [quake, ...others] = eventsFrom(file, 'quake struck at 11:11');
    expect(others).toEqual([]);
    expect(quake?.when.start).toBe('2023-09-08T23:11');
    expect(quake?.conflicts.filter((c) => c.field === 'when')).toEqual([]);
  });

  it('the toll counts the dead of the quake and is dated with it', () => {
    const toll = file.events.find((e) => e.title === '820 people killed');
    expect(toll?.when.start).toBe('2023-09-08T23:11');
  });
});
