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

describe('an undated statement naming the day’s news is made from that news on', () => {
  const recallsOf = () => undefined;
  it.each<[string, string, string | undefined, string[], string, string]>([
    [
      'de',
      'Der belgische Premierminister Charles Michel sprach von "blinden, gewalttätigen und feigen" Anschlägen.',
      'Anschlägen',
      ['2016-03-22'],
      '2016-03-22',
      '2016-03-22..2016-03-22 day',
    ],
    [
      'nl',
      'Premier Charles Michel sprak op een persconferentie van "blinde, gewelddadige en laffe aanslagen".',
      'aanslagen',
      ['2016-03-22'],
      '2016-03-22',
      '2016-03-22..2016-03-22 day',
    ],
    [
      'en',
      'The Prime Minister Charles Michael has denounced "blind, violent and cowardly attacks".',
      'attacks',
      ['2016-03-22'],
      '2016-03-22',
      '2016-03-22..2016-03-22 day',
    ],
    [
      'en',
      'The Prime Minister Charles Michael has denounced "blind, violent and cowardly attacks".',
      'attacks',
      ['2016-03-22'],
      '2016-03-23',
      '2016-03-22..2016-03-23 day',
    ],
    [
      'en',
      'The president condemned the violence.',
      'violence',
      ['2023-01-09', '2023-01-08'],
      '2023-01-09',
      '2023-01-08..2023-01-09 day',
    ],
    [
      'en',
      'He denied calls to speak to the demonstrators.',
      undefined,
      ['2022-01-08'],
      '2022-01-08',
      '2022-01-07..2022-01-08 day',
    ],
  ])('[%s] “%s”, after news of %j, published %s: %s', (_lang, text, trigger, news, published, expected) => {
    const story = new StoryTimes();
    for (const told of news) story.note('attack', day(told, undefined, 0.9));
    const matches = [
      { item: { kind: 'statement' }, match: { start: 0 } },
      ...(trigger ? [{ item: { kind: 'attack' }, match: { start: text.indexOf(trigger) } }] : []),
    ];
    const when = story.spokenOf(matches, tokenize(text), published, recallsOf);
    expect(when && `${when.start}..${when.end} ${when.precision}`).toBe(expected);
  });
});
