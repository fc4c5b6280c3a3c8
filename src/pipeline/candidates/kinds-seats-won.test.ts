/**
 * A party that won seats is no winner of the election: "The Liberal Democrats won 72 seats" tells
 * that party's seats, titled so, while "Labour won a landslide" and "Die Labour-Partei hat die
 * Parlamentswahl … gewonnen" tell who won.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const LIB_DEMS: MentionSpec = ['Liberal Democrats', 'actor', 'liberal-democrats'];
const VVD: MentionSpec = ['VVD', 'actor', 'vvd'];
const REFORM: MentionSpec = ['Reform UK', 'actor', 'reform-uk'];
const LABOUR: MentionSpec = ['Labour-Partei', 'actor', 'labour-party'];

describe('seats won and an election won', () => {
  it.each<[string, string, string, MentionSpec[], string]>([
    ['en', 'The Liberal Democrats won 72 seats.', '2024-07-05', [LIB_DEMS], 'win seats'],
    ['nl', 'De VVD won 24 zetels.', '2023-11-23', [VVD], 'wins seats'],
    [
      'de',
      'Die rechtspopulistische Partei Reform UK von Nigel Farage gewann fünf Sitze.',
      '2024-07-05',
      [REFORM],
      'wins seats',
    ],
    [
      'de',
      'Die Labour-Partei hat die Parlamentswahl in Großbritannien mit großem Vorsprung gewonnen.',
      '2024-07-05',
      [LABOUR],
      'wins the election',
    ],
  ])('[%s] “%s” is titled “… %s”', (lang, text, published, mentions, title) => {
    const [result] = kindsAndTitles(lang, text, published, mentions).filter(
      (c) => c.kind === 'election-result',
    );
    expect(result?.title.endsWith(title)).toBe(true);
  });
});
