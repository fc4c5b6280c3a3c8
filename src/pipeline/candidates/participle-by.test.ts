/** "by" after a noun and its participle names who made that noun's thing, not the verb's doer. */
import { describe, expect, it } from 'vitest';
import { byOfParticiple } from './participle-by.ts';

function at(text: string, name: string): { start: number } {
  return { start: text.indexOf(name) };
}

describe('a "by" of a participle after a noun', () => {
  it.each([
    [
      'UBS agreed on Sunday to buy Credit Suisse in a deal engineered by Swiss authorities.',
      'Swiss',
      'agreed',
    ],
    ['The truce, a ceasefire brokered by Qatar, held on Monday.', 'Qatar', 'truce'],
    [
      'Prigozhin orders his fighters to turn back after a deal brokered by Belarusian President Alexander Lukashenko.',
      'Alexander',
      'orders',
    ],
  ])('“%s”: %s made the noun’s thing, and is no doer of “%s”', (text, name, trigger) => {
    expect(byOfParticiple(text, at(text, name), text.indexOf(trigger))).toBe(true);
  });

  it.each([
    ['The takeover of Credit Suisse by UBS was announced on Sunday evening in Bern.', 'UBS', 'takeover'],
    ['The president was arrested by investigators on Wednesday.', 'investigators', 'arrested'],
    [
      'Prigozhin orders his fighters to turn back after a deal brokered by Belarusian President Alexander Lukashenko.',
      'Alexander',
      'deal',
    ],
  ])('“%s”: %s did “%s”', (text, name, trigger) => {
    expect(byOfParticiple(text, at(text, name), text.indexOf(trigger))).toBe(false);
  });
});
