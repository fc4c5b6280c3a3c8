import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../candidates/stage.ts';
import { article } from '../candidates/test-helpers.ts';
import { shift } from '../iso-day.ts';
import type { When } from '../types.ts';
import { featuresOf } from './features.ts';
import { apartInStories } from './story-apart.ts';

/** Known only to lie in the week up to publication, as the time stage dates a sentence without a time. */
function beforePublication(published: string): When {
  return {
    start: shift(published, -7),
    end: published,
    precision: 'before-publication',
    value: 'PAST_REF',
    confidence: 0.2,
  };
}

/** "Honderden mensen raakten gewond", told without a day in a report published on `published`. */
function injured(id: string, published: string) {
  const [c] = extractCandidates(
    article(
      id,
      'nl',
      [{ text: 'Honderden mensen raakten gewond.', when: beforePublication(published) }],
      published,
    ),
  );
  if (!c) throw new Error('expected a report of the injured');
  return featuresOf({ ...c, document: id });
}

const oneStory = (stories: string[][]) => (a: string, b: string) =>
  stories.some((story) => story.includes(a) && story.includes(b));

describe('reports of two stories', () => {
  it.each<[string, string, string, boolean]>([
    [
      'the injured of protests in Belarus in 2020 and in Bangladesh in 2024 are apart',
      '2020-08-13',
      '2024-07-21',
      true,
    ],
    ['reports published three days apart may tell one happening', '2020-08-13', '2020-08-16', false],
  ])('%s', (_, first, second, apart) => {
    const same = oneStory([['belarus'], ['bangladesh']]);
    expect(apartInStories(injured('belarus', first), injured('bangladesh', second), same)).toBe(apart);
  });

  it('reports years apart in documents that tell one story are left to the score', () => {
    const same = oneStory([['belarus', 'bangladesh']]);
    expect(apartInStories(injured('belarus', '2020-08-13'), injured('bangladesh', '2024-07-21'), same)).toBe(
      false,
    );
  });
});
