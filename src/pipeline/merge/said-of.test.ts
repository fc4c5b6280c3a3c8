/**
 * "President Emmanuel Macron said on Wednesday the killing was …": a day of saying about a happening
 * named again dates the saying. The sentence still cites the killing, at the time its article gave
 * it, and is no second account of when it happened.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

const shot =
  'The teenager, identified by prosecutors as Nahel M., was shot in the chest at close range on Tuesday morning and died at the scene.';

describe('a saying about a killing named again', () => {
  it.each([
    'President Emmanuel Macron said on Wednesday the killing was "inexplicable and inexcusable".',
    'President Emmanuel Macron said on Wednesday that the killing was "inexplicable and inexcusable".',
  ])('“%s” cites the killing of Tuesday morning and gives no day against it', async (said) => {
    const file = await eventFileOf({
      'en_reuters.txt': `Teenager shot dead by police near Paris\n\n2023-06-28T09:00:00+02:00\n\n${shot}\n\n${said}\n`,
    });
    const killing = eventsFrom(file, shot)[0];
    expect(killing?.when.value).toBe('2023-06-27TMO');
    expect(eventsFrom(file, said)).toEqual([killing]);
    expect(killing?.conflicts).toEqual([]);
  });
});
