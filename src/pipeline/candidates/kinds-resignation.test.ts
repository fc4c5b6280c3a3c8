/**
 * A resignation accepted by someone else: the one who accepts it is no one resigning, the one it
 * belongs to is ("accepted the resignation of …", "aanvaardde het ontslag van …").
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const NEHAMMER: MentionSpec = ['Karl Nehammer', 'unknown'];

describe('the person named as resigning resigns, the one who accepts does not', () => {
  it.each<[string, string, MentionSpec[], string]>([
    ['de', 'Freitag nahm Bundeskanzler Karl Nehammer den Rücktritt an.', [NEHAMMER], 'Resignation'],
    [
      'de',
      'Freitag nahm Bundeskanzler Karl Nehammer den Rücktritt von Leonore Gewessler an.',
      [NEHAMMER, ['Leonore Gewessler', 'unknown']],
      'Leonore Gewessler resigns',
    ],
    ['de', 'Freitag hat Karl Nehammer den Rücktritt der Ministerin angenommen.', [NEHAMMER], 'Resignation'],
    [
      'en',
      'Friday Prime Minister Rishi Sunak accepted the resignation of Dominic Raab.',
      [
        ['Rishi Sunak', 'unknown'],
        ['Dominic Raab', 'unknown'],
      ],
      'Dominic Raab resigns',
    ],
    ['en', 'Friday Rishi Sunak accepted the resignation.', [['Rishi Sunak', 'unknown']], 'Resignation'],
    [
      'nl',
      'Vrijdag aanvaardde premier Mark Rutte het ontslag van minister Sigrid Kaag.',
      [
        ['Mark Rutte', 'unknown'],
        ['Sigrid Kaag', 'unknown'],
      ],
      'Sigrid Kaag resigns',
    ],
    [
      'de',
      'Die Ministerin Leonore Gewessler hat am Freitag ihren Rücktritt erklärt.',
      [['Leonore Gewessler', 'unknown']],
      'Leonore Gewessler resigns',
    ],
    ['en', 'Friday Dominic Raab resigned.', [['Dominic Raab', 'unknown']], 'Dominic Raab resigns'],
  ])('[%s] “%s” is titled “%s”', (lang, text, mentions, title) => {
    expect(kindsAndTitles(lang, text, '2023-11-17', mentions)).toEqual([{ kind: 'resignation', title }]);
  });
});
