import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a happening’s noun that says what something was is no happening', () => {
  it.each<[string, string, string]>([
    [
      'Reuters’ Kishida, who “said it was an attack on democracy”',
      'en',
      'Prime Minister Fumio Kishida, fighting back tears, called the shooting "despicable" and "barbaric" and said it was an attack on democracy that could never be tolerated.',
    ],
    [
      'a Dutch “dat het een aanval op de democratie was”',
      'nl',
      'Premier Kishida zei dat het een aanval op de democratie was.',
    ],
    [
      'a German “es sei ein Angriff auf die Demokratie”',
      'de',
      'Kishida sagte, es sei ein Angriff auf die Demokratie.',
    ],
  ])('%s tells a statement, no attack', (_name, lang, text) => {
    const kinds = kindsAndTitles(lang, text, '2022-07-08', [['Kishida', 'actor', 'kishida']]).map(
      (c) => c.kind,
    );
    expect(kinds).not.toContain('attack');
    expect(kinds).toContain('statement');
  });

  it('an attack told as one still is: “Gunmen attacked a police station on Friday”', () => {
    const kinds = kindsAndTitles('en', 'Gunmen attacked a police station on Friday.', '2022-07-08');
    expect(kinds.map((c) => c.kind)).toContain('attack');
  });
});
