import { describe, expect, it } from 'vitest';
import { objectOfSaying } from './said-object.ts';

const span = (text: string, word: string) => ({
  start: text.indexOf(word),
  end: text.indexOf(word) + word.length,
});

describe('a place a statement blames', () => {
  it.each<[string, string, string, boolean]>([
    ['He accused Brussels of "blackmail".', 'accused', 'Brussels', true],
    ['Oekraïne beschuldigde Rusland van de aanslag.', 'beschuldigde', 'Rusland', true],
    ['Selenskyj warf Russland vor, den Damm gesprengt zu haben.', 'warf Russland vor', 'Russland', true],
    ['Kobakhidze told reporters in Tbilisi that talks were over.', 'told', 'Tbilisi', false],
    ['The minister said in Kyiv that the dam was destroyed.', 'said', 'Kyiv', false],
    ['NetBlocks said Kenya experienced a major disruption.', 'said', 'Kenya', false],
    ['Hezbollah blamed Israel for the attacks.', 'blamed', 'Israel', true],
  ])('“%s”: %s … %s is blamed, not where it was said: %s', (text, verb, place, spoken) => {
    expect(objectOfSaying(text, span(text, place), span(text, verb))).toBe(spoken);
  });
});
