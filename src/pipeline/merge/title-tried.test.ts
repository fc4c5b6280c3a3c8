/**
 * Protesters who tried to storm a building and protesters who stormed it the same day in the same
 * city are one storming, and it is titled as done: the attempt does not stand for what was done.
 */
import { describe, expect, it } from 'vitest';
import { article, day, type MentionSpec } from '../candidates/test-helpers.ts';
import { extractCandidates } from '../candidates/stage.ts';
import { mergeCandidates } from './stage.ts';

const KATHMANDU: MentionSpec = ['Kathmandu', 'place', 'kathmandu'];

const tried = extractCandidates(
  article('en_tried', 'en', [
    {
      text: 'On Monday protesters tried to storm the parliament building in Kathmandu.',
      times: [day('2025-09-08', 'On Monday')],
      mentions: [KATHMANDU],
    },
  ]),
);
const stormed = extractCandidates(
  article('nl_stormed', 'nl', [
    {
      text: 'Maandag bestormden betogers het parlementsgebouw in Kathmandu.',
      times: [day('2025-09-08', 'Maandag')],
      mentions: [KATHMANDU],
    },
  ]),
);

describe('a storming tried and done the same day', () => {
  it('an English report of the attempt alone is titled as an attempt', () => {
    expect(mergeCandidates(tried).map((e) => e.title)).toEqual([
      'Protesters try to storm government buildings in Kathmandu',
    ]);
  });

  it('with a Dutch report of it done, the one event is titled as done and cites both', () => {
    const events = mergeCandidates([...tried, ...stormed]);
    expect(events.map((e) => e.title)).toEqual(['Protesters storm government buildings in Kathmandu']);
    expect(events[0]?.sources.map((s) => s.document).sort()).toEqual(['en_tried', 'nl_stormed']);
  });
});
