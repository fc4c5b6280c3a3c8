/** "by" after a noun and its participle names who made that noun's thing, not the verb's doer. */
import { describe, expect, it } from 'vitest';
import { byOfParticiple } from './participle-by.ts';

function at(text: string, name: string): { start: number } {
  return { start: text.indexOf(name) };
}

describe('a "by" of a participle after a noun', () => {
  it.each([
    ['UBS agreed on Sunday to buy Credit Suisse in a deal engineered by Swiss authorities.', 'Swiss'],
    ['The truce, a ceasefire brokered by Qatar, held on Monday.', 'Qatar'],
  ])('“%s”: %s made the noun’s thing', (text, name) => {
    expect(byOfParticiple(text, at(text, name))).toBe(true);
  });

  it.each([
    ['The takeover of Credit Suisse by UBS was announced on Sunday evening in Bern.', 'UBS'],
    ['The president was arrested by investigators on Wednesday.', 'investigators'],
  ])('“%s”: %s did the verb', (text, name) => {
    expect(byOfParticiple(text, at(text, name))).toBe(false);
  });
});
