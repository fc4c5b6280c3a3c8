/** A trigger opened by an English past form is a clause's verb, not a happening named by a noun. */
import { describe, expect, it } from 'vitest';
import { opensWithPastForm } from './verb-form.ts';

describe('a trigger that opens with a past form', () => {
  it.each<[string, string, boolean]>([
    ["'agreed to buy' in 'a day after the Swiss bank agreed to buy' is a verb", 'agreed to buy', true],
    ["'seized power' in 'days after the military seized power' is a verb", 'seized power', true],
    ["'attack' in 'a day after the attack' is a noun", 'attack', false],
    ["'takeover' in 'days after the takeover' is a noun", 'takeover', false],
  ])('%s', (_name, words, expected) => {
    expect(opensWithPastForm(words)).toBe(expected);
  });
});
