/**
 * A strike someone is accused of is told as the accusation, not vouched for by the report: the
 * sentence reports a statement, no attack.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

describe('a strike named in an accusation is no attack', () => {
  it.each<[string, MentionSpec[]]>([
    [
      'Friday Prigozhin accused the defence ministry of killing large numbers of his fighters in a missile strike on their camps.',
      [['Prigozhin', 'actor', 'prigozhin']],
    ],
    ['Friday the government accused the rebels of an air strike on a market.', []],
    ['Friday Russia accuses Ukraine of a drone strike on the Kremlin.', [['Russia', 'place', 'russia']]],
  ])('“%s”', (text, mentions) => {
    expect(kindsAndTitles('en', text, '2023-06-23', mentions).map((c) => c.kind)).not.toContain('attack');
  });

  it('still reports a strike told as news: “Friday a missile strike hit a market in Kharkiv.”', () => {
    expect(
      kindsAndTitles('en', 'Friday a missile strike hit a market in Kharkiv.', '2023-06-23').map(
        (c) => c.kind,
      ),
    ).toContain('attack');
  });
});
