/**
 * A translation writes "President-elect Joe Biden" as "The president elected Joe Biden": after a
 * title and before a name, "elected" is the title's "-elect", no election. Dutch and German put
 * the word before the title, where it already describes.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const BIDEN: MentionSpec = ['Joe Biden', 'actor', 'biden'];

describe('a president-elect is no election', () => {
  it.each<[string, string]>([
    [
      'en',
      'The president elected Joe Biden said in a speech that the scenes do not express America, and he called Trump to stop the siege.',
    ],
    ['en', 'The president-elect Joe Biden said in a speech that the scenes do not reflect America.'],
    ['nl', 'De verkozen president Joe Biden zei in een toespraak dat de beelden niet Amerika tonen.'],
    ['de', 'Der gewählte Präsident Joe Biden sagte in einer Rede, die Szenen zeigten nicht Amerika.'],
  ])('[%s] “%s” is Biden’s statement', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2021-01-07', [BIDEN])).toEqual([
      { kind: 'statement', title: expect.stringMatching(/Biden makes a statement/) },
    ]);
  });

  it.each<[string, string]>([
    ['en', 'Parliament elected Joe Biden as president on Monday.'],
    ['en', 'On Monday the people elected Joe Biden president.'],
  ])('[%s] “%s” still tells an election', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2021-01-07', [BIDEN])).toEqual([
      { kind: 'election', title: 'Joe Biden elected' },
    ]);
  });
});
