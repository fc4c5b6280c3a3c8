import { describe, expect, it } from 'vitest';
import { isDefiniteMention, StoryTimes } from './story-times.ts';
import { day } from './test-helpers.ts';
import { tokenize } from './tokenize.ts';

describe('isDefiniteMention', () => {
  it.each([
    ['names the attack again in “it was behind the attack”', 'it was behind the attack', 'attack', true],
    ['allows one word between: “the deadly attack”', 'it was behind the deadly attack', 'attack', true],
    ['reads German “den Anschlag”', 'reklamierte den Anschlag für sich', 'Anschlag', true],
    ['reads Dutch “de aanslag”', 'IS eiste de aanslag op', 'aanslag', true],
    ['sees a new happening in “another attack”', 'another attack would follow', 'attack', false],
    ['sees no article at the start of a sentence', 'Attack followed attack', 'Attack', false],
  ])('%s', (_name, text, trigger, expected) => {
    expect(isDefiniteMention(tokenize(text), text.indexOf(trigger))).toBe(expected);
  });
});

describe('StoryTimes', () => {
  it('recalls the latest time noted for a kind, without its words and less sure', () => {
    const story = new StoryTimes();
    story.note('attack', day('2024-03-21', 'on Thursday', 0.9));
    story.note('attack', day('2024-03-22', 'on Friday', 0.85));
    expect(story.recall('attack')).toEqual({ ...day('2024-03-22', undefined, 0.68) });
    expect(story.recall('protest')).toBeUndefined();
  });
});
