import { describe, expect, it } from 'vitest';
import type { Lang } from './lexicon.ts';
import { mayHoldTime } from './trigger.ts';

describe('the first look for time words', () => {
  it.each<[Lang, string, boolean]>([
    ['en', 'He said at a news conference on Friday that the US wants to learn more.', true],
    ['en', 'Violent protests have been going on for days.', true],
    ['en', 'The situation in the country remains confusing.', false],
    ['nl', 'Tot vrijdagochtend werden meer dan drieduizend mensen gearresteerd.', true],
    ['nl', 'Kazachstanen zijn ontevreden over het beleid van de huidige president.', false],
    ['de', 'Die Proteste dauerten tagelang.', true],
    ['de', 'Seit Jahresbeginn gehen Tausende auf die Straße.', true],
    ['de', 'Die Lage bleibt unübersichtlich.', false],
  ])('[%s] “%s” may hold a time expression: %s', (lang, sentence, expected) => {
    expect(mayHoldTime(lang, sentence)).toBe(expected);
  });
});
