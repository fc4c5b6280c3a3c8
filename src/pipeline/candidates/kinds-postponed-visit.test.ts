/**
 * A visit put off is a happening of its own ("Macron verschiebt Staatsbesuch"); a burning car driven
 * into a house is an arson; a call by phone is talks, also in the German perfect ("habe … telefoniert").
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const MACRON: MentionSpec = ['Macron', 'actor', 'macron'];

describe('a postponed visit, a burning car and a phone call', () => {
  it.each<[string, string, MentionSpec[], string, string]>([
    [
      'de',
      'Wegen der anhaltenden Krawalle in Frankreich hat Präsident Emmanuel Macron seinen Staatsbesuch in Deutschland verschoben.',
      [['Emmanuel Macron', 'actor', 'macron']],
      'postponement',
      'postpones state visit',
    ],
    [
      'en',
      'Macron had postponed his state visit to Germany on Saturday.',
      [MACRON],
      'postponement',
      'postpones state visit',
    ],
    [
      'nl',
      'President Macron heeft zijn staatsbezoek aan Duitsland uitgesteld vanwege de rellen.',
      [MACRON],
      'postponement',
      'postpones state visit',
    ],
    [
      'en',
      "Rioters drove a burning car into the house of the mayor of L'Haÿ-les-Roses south of Paris last night.",
      [
        ["L'Haÿ-les-Roses", 'place', 'l-hay-les-roses'],
        ['Paris', 'place', 'paris'],
      ],
      'arson',
      "Arson attack in L'Haÿ-les-Roses",
    ],
    [
      'de',
      'Macron habe am Samstag mit Bundespräsident Frank-Walter Steinmeier telefoniert.',
      [MACRON, ['Frank-Walter Steinmeier', 'actor', 'frank-walter-steinmeier']],
      'talks',
      'holds talks with',
    ],
  ])('%s: “%s” (%j) is a %s whose title says “%s”', (lang, text, mentions, kind, title) => {
    const found = kindsAndTitles(lang, text, '2023-07-02', mentions);
    expect(found.find((c) => c.kind === kind)?.title).toContain(title);
  });

  it.each<[string, string]>([
    ['en', 'The company postponed the publication of its annual results again.'],
    ['nl', 'Het ziekenhuis stelde vrijdag alle geplande operaties uit.'],
  ])('%s: “%s” postpones no visit', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-07-02').map((c) => c.kind)).not.toContain('postponement');
  });
});
