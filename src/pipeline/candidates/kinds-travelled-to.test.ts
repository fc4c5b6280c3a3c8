/** A person who travelled or flew to a place arrived there on the day the sentence gives. */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day, type MentionSpec } from './test-helpers.ts';

const CHIEF: MentionSpec[] = [
  ['Min Aung Hlaing', 'actor', 'min-aung-hlaing'],
  ['Bangkok', 'place', 'bangkok'],
];

function titlesOf(lang: string, text: string, on: string, mentions: MentionSpec[] = CHIEF): string[] {
  return candidatesOfSentence(lang, { text, times: [day('2025-04-03', on)], mentions }).map((c) => c.title);
}

describe('a person who travelled to a place', () => {
  it.each<[string, string, string]>([
    [
      'en',
      'Junta chief Min Aung Hlaing travelled to Bangkok on Thursday for a summit of the Bimstec states.',
      'on Thursday',
    ],
    ['nl', 'Juntaleider Min Aung Hlaing reisde donderdag naar Bangkok voor een top.', 'donderdag'],
    [
      'de',
      'Juntachef Min Aung Hlaing reiste am Donnerstag nach Bangkok zu einem Gipfeltreffen.',
      'am Donnerstag',
    ],
  ])('[%s] “%s” arrives in Bangkok', (lang, text, on) => {
    expect(titlesOf(lang, text, on)).toContain('Min Aung Hlaing arrives in Bangkok');
  });

  it('a plane that flew to a place is no one’s arrival', () => {
    const text = 'The plane flew to Bangkok on Thursday with 200 passengers.';
    expect(titlesOf('en', text, 'on Thursday', [['Bangkok', 'place', 'bangkok']])).not.toContain(
      'Arrival in Bangkok',
    );
  });
});
