/**
 * An electoral authority declaring someone the winner: the one declared is who the title names,
 * not the authority, and it is no statement of the authority's.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const MADURO: MentionSpec = ['Nicolás Maduro', 'actor', 'name:nicolas-maduro'];
const COUNCIL: MentionSpec = ['National Electoral Council', 'actor', 'name:national-electoral-council'];

describe('a winner declared by an electoral authority', () => {
  it.each<[string, string, string, MentionSpec[]]>([
    [
      'en',
      'On Monday the National Electoral Council declared Nicolás Maduro the winner of the election.',
      'Maduro declared the winner',
      [COUNCIL, MADURO],
    ],
    [
      'nl',
      'Maandag had de kiesraad president Nicolás Maduro tot winnaar uitgeroepen.',
      'Maduro declared the winner',
      [MADURO],
    ],
    [
      'de',
      'Am Montag hatte der Wahlrat Nicolás Maduro zum Sieger erklärt.',
      'Maduro declared the winner',
      [MADURO],
    ],
  ])('in %s, “%s” is titled “… %s”', (lang, text, title, mentions) => {
    const found = kindsAndTitles(lang, text, '2024-07-30', mentions);
    const declared = found.find((c) => c.kind === 'winner-declared');
    expect(declared?.title.endsWith(title)).toBe(true);
    expect(found.map((c) => c.kind)).not.toContain('statement');
  });
});
