/** A dismissal is someone removed from office, not criticism or a claim brushed aside. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

describe('"dismissed" reports a dismissal only when someone loses a post', () => {
  it.each<[string, string, MentionSpec[], boolean]>([
    [
      'a government that "dismissed the criticism" sacks no one',
      'The government has dismissed the criticism.',
      [],
      false,
    ],
    [
      'a prime minister who "dismissed the allegations as lies" sacks no one',
      'Prime Minister Irakli Kobakhidze dismissed the allegations as lies on Thursday.',
      [['Irakli Kobakhidze', 'actor', 'name:irakli-kobakhidze']],
      false,
    ],
    [
      'a ministry that "dismissed reports" of torture sacks no one',
      'The interior ministry dismissed reports that detainees had been beaten.',
      [],
      false,
    ],
    [
      'a president who "dismissed the defence minister" removes him from office',
      'On Thursday the president dismissed the defence minister, Juan Ortega.',
      [['Juan Ortega', 'actor', 'name:juan-ortega']],
      true,
    ],
    [
      'a coach "dismissed after a run of defeats" loses his post',
      'The club dismissed its coach, Marco Rossi, after a run of defeats.',
      [['Marco Rossi', 'actor', 'name:marco-rossi']],
      true,
    ],
    [
      'a governor who "fired his security secretary" removes him from office',
      'Federal District Governor Ibaneis Rocha fired his security secretary, Anderson Torres, on Sunday.',
      [
        ['Ibaneis Rocha', 'actor', 'ibaneis-rocha'],
        ['Anderson Torres', 'actor', 'anderson-torres'],
      ],
      true,
    ],
    [
      'a commander whose troops "fired shots" sacks no one',
      'The commander said the soldiers fired shots into the air.',
      [],
      false,
    ],
  ])('%s', (_name, text, mentions, dismissal) => {
    const kinds = kindsAndTitles('en', text, '2025-11-13', mentions).map((c) => c.kind);
    expect(kinds.includes('dismissal'), kinds.join(', ')).toBe(dismissal);
  });
});

describe('whom a firing befalls', () => {
  it('the one fired is the secretary named beside his title, not the governor who fired him', () => {
    const found = kindsAndTitles(
      'en',
      'Sunday Governor Ibaneis Rocha fired his security secretary, Anderson Torres.',
      '2023-01-08',
      [
        ['Ibaneis Rocha', 'actor', 'ibaneis-rocha'],
        ['Anderson Torres', 'actor', 'anderson-torres'],
      ],
    );
    expect(found).toContainEqual({ kind: 'dismissal', title: 'Anderson Torres dismissed' });
  });
});
