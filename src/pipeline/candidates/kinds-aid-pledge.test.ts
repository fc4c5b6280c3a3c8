/** An aid package announced is a promise of aid, in any of the three languages. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

describe('an aid package announced is aid promised', () => {
  it.each<[string, string, string, MentionSpec[], string]>([
    [
      'a Dutch government that “maakte een hulppakket bekend” promises aid',
      'nl',
      'Gisteren maakte de regering een hulppakket van 10,6 miljard euro bekend voor getroffen bedrijven en huishoudens.',
      [],
      'Aid promised',
    ],
    [
      'an English government that “unveiled an aid package” promises aid',
      'en',
      'On Tuesday the government unveiled a 10.6 billion euro aid package for businesses and households.',
      [],
      'Government promises aid',
    ],
    [
      'a German government that “stellte ein Hilfspaket vor” promises aid',
      'de',
      'Die Regierung stellte am Dienstag ein Hilfspaket von 10,6 Milliarden Euro vor.',
      [],
      'Aid promised',
    ],
    [
      'a German premier who “kündigte Soforthilfen an” promises aid',
      'de',
      'Daniel Günther kündigte Soforthilfen in Höhe von 10 Millionen Euro an.',
      [['Daniel Günther', 'unknown']],
      'Daniel Günther promises aid',
    ],
  ])('%s', (_name, lang, text, mentions, title) => {
    expect(kindsAndTitles(lang, text, '2024-11-06', mentions)).toEqual([{ kind: 'aid-pledge', title }]);
  });

  it('a Dutch police statement “maakte bekend” about arrests stays an arrest', () => {
    const found = kindsAndTitles(
      'nl',
      'De politie maakte dinsdag bekend dat twee verdachten zijn aangehouden.',
      '2024-11-06',
      [],
    );
    expect(found.map((c) => c.kind)).toEqual(['arrest']);
  });
});
