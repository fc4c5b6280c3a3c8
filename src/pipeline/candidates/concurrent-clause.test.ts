/**
 * A happening's place comes from its own clause: the seat of a parliament debating in an "as",
 * "toen" or "während" clause meanwhile does not title it.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

describe("a parliament's seat in a clause of its own is not where the riots were", () => {
  it.each<[string, string, MentionSpec[], string]>([
    [
      'en',
      'Monday violence broke out as the National Assembly in Paris debated a constitutional amendment that would allow French residents who have lived in New Caledonia for 10 years to vote.',
      [
        ['Paris', 'place', 'paris'],
        ['New Caledonia', 'place', 'new-caledonia'],
      ],
      'Riots in New Caledonia',
    ],
    [
      'nl',
      'Maandag braken er rellen uit, toen het parlement in Parijs debatteerde over een hervorming van het kiesrecht in Nieuw-Caledonië.',
      [
        ['Parijs', 'place', 'paris'],
        ['Nieuw-Caledonië', 'place', 'new-caledonia'],
      ],
      'Riots in New Caledonia',
    ],
    [
      'de',
      'Montag waren Unruhen ausgebrochen, während das Parlament in Paris über die Wahlrechtsreform für Neukaledonien debattierte.',
      [
        ['Paris', 'place', 'paris'],
        ['Neukaledonien', 'place', 'new-caledonia'],
      ],
      'Riots in New Caledonia',
    ],
  ])('[%s] “%s”', (lang, text, mentions, title) => {
    const riots = kindsAndTitles(lang, text, '2024-05-13', mentions).filter((c) => c.kind === 'riot');
    expect(riots.map((c) => c.title)).toEqual([title]);
  });

  it('a place the "as" clause gives its own verb stays: the evacuation is from Athens', () => {
    const found = kindsAndTitles(
      'en',
      'Tuesday more than 30,000 people were ordered to leave their homes as a wildfire spread into the northern suburbs of Athens.',
      '2023-08-22',
      [['Athens', 'place', 'athens']],
    );
    expect(found.map((c) => c.title)).toContain('More than 30,000 people told to leave Athens');
  });
});
