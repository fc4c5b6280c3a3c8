/** A body handed over to the family is a happening of its own, in all three languages. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const NAVALNY: MentionSpec = ['Navalny', 'actor', 'navalny'];
const NAWALNY: MentionSpec = ['Alexej Nawalny', 'actor', 'navalny'];

describe('a body handed over', () => {
  it.each<[string, string, MentionSpec[]]>([
    ['en', "Navalny's body was handed over to his mother on Saturday.", [NAVALNY]],
    ['nl', 'Het lichaam van Navalny is zaterdag aan zijn moeder overgedragen.', [NAVALNY]],
    [
      'de',
      'Der Leichnam des in Haft gestorbenen Kremlkritikers Alexej Nawalny ist nach Angaben seines Teams an seine Mutter übergeben worden.',
      [NAWALNY],
    ],
  ])('in %s, “%s” is the body of Navalny handed over', (lang, text, mentions) => {
    expect(kindsAndTitles(lang, text, '2024-02-24', mentions)).toContainEqual({
      kind: 'body-released',
      title: 'Body of Navalny handed over',
    });
  });
});
