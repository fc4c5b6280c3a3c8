/** A winner's share of the vote ("won 80.1% of the vote") is the election's result. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

describe('a share of the vote won', () => {
  it.each<[string, string, string, MentionSpec[]]>([
    [
      'an English "had won 80.1% of the vote"',
      'en',
      'Monday the election commission said Lukashenko had won 80.1% of the vote.',
      [['Lukashenko', 'actor', 'lukashenko']],
    ],
    [
      'a Dutch "kreeg ruim 80 procent van de stemmen"',
      'nl',
      'Maandag kreeg president Loekasjenko volgens de officiële uitslag ruim 80 procent van de stemmen.',
      [['Loekasjenko', 'actor', 'lukashenko']],
    ],
    [
      'a German "die Wahl vor einer Woche mit 80,1 Prozent gewonnen"',
      'de',
      'Montag hatte Lukaschenko die Wahl vor einer Woche mit 80,1 Prozent gewonnen.',
      [['Lukaschenko', 'actor', 'lukashenko']],
    ],
  ])('%s is an election result', (_name, lang, text, mentions) => {
    expect(kindsAndTitles(lang, text, '2020-08-10', mentions).map((c) => c.kind)).toContain(
      'election-result',
    );
  });
});
