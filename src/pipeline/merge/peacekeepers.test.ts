/**
 * Peacekeepers arriving, told as "troops" in one language and as "vredestroepen" in another, are
 * one troop arrival: short articles through the whole pipeline.
 */
import { beforeAll, expect, it } from 'vitest';
import type { EventFile } from '../../schema/events.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf({
    'en_haiti.txt': [
      ' date 2024-06-26 ',
      'Kenyan police mission lands in Haiti',
      '',
      'About 400 Kenyan troops arrived in Haiti on Tuesday to take on the armed gangs.',
    ].join('\n'),
    'nl_haiti.txt': [
      ' date 2024-06-26 ',
      'Keniaanse missie in Haïti',
      '',
      'De eerste Keniaanse vredestroepen zijn dinsdag in Haïti aangekomen.',
    ].join('\n'),
  });
}, 30_000);

it('the Dutch peacekeepers arriving join the English troops arriving on the same day', () => {
  const [arrival, ...others] = eventsFrom(file, 'vredestroepen');
  expect(others).toEqual([]);
  expect(arrival?.kind).toBe('troops');
  expect(arrival?.sources.map((s) => s.document).sort()).toEqual(['en_haiti', 'nl_haiti']);
});
