/**
 * A federal intervention decreed in a region's security is a measure of its own, and an official
 * suspended from office is one befallen like a dismissal, in English, Dutch and German.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const LULA: MentionSpec = ['Lula', 'actor', 'lula'];

describe('a federal intervention decreed is a measure', () => {
  it.each<[string, string]>([
    ['en', 'Sunday Lula decreed a federal intervention in the security of the Federal District.'],
    ['nl', 'Zondag kondigde Lula een federale interventie af in de veiligheid van het Federaal District.'],
    [
      'de',
      'Am Sonntag ordnete Lula eine Intervention des Bundes in die Sicherheit des Hauptstadtdistrikts an.',
    ],
  ])('%s: “%s”', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-01-08', [LULA])).toContainEqual({
      kind: 'emergency',
      title: 'Lula decrees a federal intervention',
    });
  });
});

describe('an official suspended from office', () => {
  const ROCHA: MentionSpec = ['Rocha', 'actor', 'ibaneis-rocha'];
  const MORAES: MentionSpec = ['Moraes', 'actor', 'alexandre-de-moraes'];
  it.each<[string, string, MentionSpec[], string]>([
    [
      'en',
      'Sunday Justice Alexandre de Moraes suspended Rocha from office for 90 days.',
      [['Alexandre de Moraes', 'actor', 'alexandre-de-moraes'], ROCHA],
      'Rocha suspended from office',
    ],
    [
      'en',
      'Saturday Yoon is suspended from his office with immediate effect.',
      [['Yoon', 'actor', 'yoon-suk-yeol']],
      'Yoon suspended from office',
    ],
    [
      'nl',
      'Zondag schorste rechter Moraes gouverneur Rocha voor 90 dagen.',
      [MORAES, ROCHA],
      'Ibaneis Rocha suspended from office',
    ],
    [
      'de',
      'Am Sonntag suspendierte Richter Moraes den Gouverneur selbst für 90 Tage.',
      [MORAES],
      'Official suspended from office',
    ],
  ])('%s: “%s” is titled %j', (lang, text, mentions, title) => {
    expect(kindsAndTitles(lang, text, '2023-01-08', mentions)).toContainEqual({ kind: 'dismissal', title });
  });

  it('a service suspended is no one suspended from office', () => {
    const found = kindsAndTitles(
      'en',
      'Thursday Amtrak suspended rail service between Miami and Orlando.',
      '2024-09-26',
      [['Amtrak', 'unknown']],
    );
    expect(found.map((c) => c.kind)).not.toContain('dismissal');
  });
});
