/**
 * People told or ordered to leave their homes have not yet left: "More than 30,000 people were
 * ordered to leave their homes" is no count of the evacuated, but of those told to go.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

describe('people told to leave, in three languages', () => {
  it.each<[string, string, MentionSpec[], string]>([
    [
      'en',
      'Tuesday more than 30,000 people were ordered to leave their homes as a wildfire spread into the northern suburbs of Athens.',
      [['Athens', 'place', 'athens']],
      'More than 30,000 people told to leave Athens',
    ],
    [
      'nl',
      'Dinsdag zijn ruim 30.000 mensen opgeroepen hun huizen te verlaten.',
      [],
      'More than 30,000 people told to leave',
    ],
    [
      'de',
      'Am Dienstag wurden mehr als 30.000 Menschen aufgefordert, ihre Häuser zu verlassen.',
      [],
      'More than 30,000 people told to leave',
    ],
    [
      'en',
      'Tuesday more than 30,000 people were evacuated from their homes.',
      [],
      'More than 30,000 people evacuated',
    ],
  ])('[%s] “%s” is titled “%4$s”', (lang, text, mentions, title) => {
    const found = kindsAndTitles(lang, text, '2023-08-22', mentions);
    expect(found.filter((c) => c.kind === 'evacuation').map((c) => c.title)).toEqual([title]);
  });
});
