/** Two people who met hold talks; "met" without a person named beside it meets nothing. */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day, type MentionSpec } from './test-helpers.ts';

const BOTH: MentionSpec[] = [
  ['Min Aung Hlaing', 'actor', 'min-aung-hlaing'],
  ['Paetongtarn Shinawatra', 'actor', 'paetongtarn-shinawatra'],
];

function titlesOf(lang: string, text: string, on: string, mentions: MentionSpec[] = BOTH): string[] {
  return candidatesOfSentence(lang, { text, times: [day('2025-04-03', on)], mentions }).map((c) => c.title);
}

describe('a meeting', () => {
  it.each<[string, string, string]>([
    [
      'en',
      'Min Aung Hlaing met Thai Prime Minister Paetongtarn Shinawatra in Bangkok on Thursday.',
      'on Thursday',
    ],
    [
      'de',
      'Min Aung Hlaing traf am Donnerstag in Bangkok die thailändische Regierungschefin Paetongtarn Shinawatra.',
      'am Donnerstag',
    ],
    [
      'nl',
      'Min Aung Hlaing ontmoette donderdag in Bangkok de Thaise premier Paetongtarn Shinawatra.',
      'donderdag',
    ],
  ])('[%s] “%s” is talks between the two', (lang, text, on) => {
    expect(titlesOf(lang, text, on)).toContain('Min Aung Hlaing holds talks with Paetongtarn Shinawatra');
  });

  it.each<[string, string, string]>([
    ['en', 'The plan met fierce resistance from the opposition on Thursday.', 'on Thursday'],
    ['de', 'Das Beben traf am Donnerstag vor allem die Stadt Mandalay.', 'am Donnerstag'],
  ])('[%s] “%s” holds no talks', (lang, text, on) => {
    expect(titlesOf(lang, text, on, [])).toEqual(
      expect.not.arrayContaining([expect.stringMatching(/talks/)]),
    );
  });
});
