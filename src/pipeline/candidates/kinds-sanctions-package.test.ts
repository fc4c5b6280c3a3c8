/** A package of sanctions adopted is sanctions imposed, in German and Dutch compounds too. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const EU: MentionSpec = ['EU', 'actor', 'european-union'];

describe('a sanctions package adopted', () => {
  it.each<[string, string, string, MentionSpec[]]>([
    [
      'de',
      'Die EU hatte am Freitag ihr 13. Sanktionspaket gegen Russland beschlossen.',
      'European Union imposes sanctions',
      [EU],
    ],
    ['de', 'Am Freitag verabschiedete die EU das Sanktionspaket.', 'European Union imposes sanctions', [EU]],
    [
      'nl',
      'De EU heeft vrijdag het dertiende sanctiepakket tegen Rusland aangenomen.',
      'European Union imposes sanctions',
      [EU],
    ],
    ['en', 'The 13th package of sanctions was formally adopted on Friday.', 'Sanctions imposed', []],
  ])('in %s, “%s” is titled “%s”', (lang, text, title, mentions) => {
    expect(kindsAndTitles(lang, text, '2024-02-24', mentions)).toContainEqual({ kind: 'sanctions', title });
  });
});
