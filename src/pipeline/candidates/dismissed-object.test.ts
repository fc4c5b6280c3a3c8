/**
 * Whom a dismissal befell when the one who dismissed stands next to the verb: after an English
 * perfect's auxiliary ("Scholz had dismissed the finance minister X") and in a relative clause that
 * hangs on its object ("Lindner, den Scholz entlassen hatte").
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const scholzAnd = (name: string): MentionSpec[] => [
  ['Scholz', 'actor', 'scholz'],
  [name, 'actor', 'lindner'],
];

describe('the one dismissed, not the one who dismissed', () => {
  it.each<[string, string, string, MentionSpec[], string]>([
    [
      'a subject before "had dismissed" dismissed the minister named after it',
      'en',
      'Scholz had dismissed the finance minister Christian Lindbergh, the chairman of the FDP, on 6 November.',
      scholzAnd('Christian Lindbergh'),
      'Christian Lindbergh dismissed',
    ],
    [
      'a subject before "has fired" fired the minister named after it',
      'en',
      'Scholz has fired his finance minister Christian Lindner.',
      scholzAnd('Christian Lindner'),
      'Christian Lindner dismissed',
    ],
    [
      'a German relative clause opened by "den" befalls the name it hangs on',
      'de',
      'Parteichef Christian Lindner, den Bundeskanzler Olaf Scholz am 6. November als Finanzminister entlassen hatte, erklärte, er habe das Papier nicht gekannt.',
      [
        ['Christian Lindner', 'actor', 'lindner'],
        ['Olaf Scholz', 'actor', 'scholz'],
      ],
      'Lindner dismissed',
    ],
    [
      'an English relative clause opened by "whom" befalls the name it hangs on',
      'en',
      'Christian Lindner, whom Scholz dismissed on Wednesday, said he had not seen the paper.',
      scholzAnd('Christian Lindner'),
      'Christian Lindner dismissed',
    ],
  ])('%s', (_name, lang, text, mentions, title) => {
    const titles = kindsAndTitles(lang, text, '2024-12-28', mentions)
      .filter((c) => c.kind === 'dismissal')
      .map((c) => c.title);
    expect(titles).toEqual([title]);
  });
});
