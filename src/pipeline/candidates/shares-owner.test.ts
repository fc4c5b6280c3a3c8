/**
 * "Shares in UBS fell as much as 14%" (March 2023), "Shares in Wirecard plunged" (June 2020): the
 * name after "shares in"/"of" is the company whose shares fell, no place.
 */
import { describe, expect, it } from 'vitest';
import type { Mention } from '../types.ts';
import { sharesOwner } from './place-preposition.ts';

function mention(text: string, name: string): Mention {
  const start = text.indexOf(name);
  return { text: name, start, end: start + name.length, kind: 'unknown', resolution: 'unresolved' };
}

describe('whose shares', () => {
  it.each([
    ['en', 'Shares in UBS fell as much as 14% in early trading on Monday.', 'UBS', 'fell'],
    ['en', 'Shares of Credit Suisse fell as much as 30% on Wednesday.', 'Credit Suisse', 'fell'],
    ['nl', 'De aandelen van Shell daalden maandag.', 'Shell', 'daalden'],
  ])('[%s] “%s”: %s owns the shares', (_lang, text, name, verb) => {
    expect(sharesOwner(text, mention(text, name), text.indexOf(verb))).toBe(true);
  });

  it.each([
    ['Shares fell in Zurich on Monday.', 'Zurich', 'fell'],
    [
      'Shares in Wirecard plunged more than 60% on Thursday after the company said its auditor EY had refused to sign off its accounts.',
      'Wirecard',
      'refused',
    ],
  ])('“%s”: %s owns no shares that %s', (text, name, verb) => {
    expect(sharesOwner(text, mention(text, name), text.indexOf(verb))).toBe(false);
  });
});
