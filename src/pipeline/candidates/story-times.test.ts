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

describe('an undated statement speaks after the happening it names', () => {
  const story = new StoryTimes();
  story.note('attack', day('2025-06-09', 'on Monday', 0.9));
  const recallsOf = (kind: string) => (kind === 'attack' ? ['shooting'] : undefined);
  it.each<[string, string, string, string, string | undefined]>([
    [
      '"condemned the attack" lies between Monday’s attack and publication on Thursday',
      'The mayor condemned the attack.',
      'attack',
      'attack',
      '2025-06-09..2025-06-12 week',
    ],
    [
      '"veroordeelde de aanslag" does too',
      'De burgemeester veroordeelde de aanslag.',
      'aanslag',
      'attack',
      '2025-06-09..2025-06-12 week',
    ],
    [
      '"condemned an attack" names a new one: nothing known',
      'The mayor condemned an attack.',
      'attack',
      'attack',
      undefined,
    ],
    [
      '"condemned the arrests" names none the article dated',
      'The mayor condemned the arrests.',
      'arrests',
      'arrest',
      undefined,
    ],
  ])('%s', (_name, text, trigger, kind, expected) => {
    const matches = [{ item: { kind }, match: { start: text.indexOf(trigger) } }];
    const when = story.spokenOf(matches, tokenize(text), '2025-06-12', recallsOf);
    expect(when && `${when.start}..${when.end} ${when.precision}`).toBe(expected);
  });
});
