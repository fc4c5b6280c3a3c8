/** What people fear is no happening: a night spent outdoors "fearing aftershocks" reports no quake. */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence } from './test-helpers.ts';

describe('a happening only feared', () => {
  it.each<[string, string, string]>([
    [
      'people outdoors fearing aftershocks',
      'en',
      'People spent the night in the streets, fearing aftershocks.',
    ],
    [
      'residents afraid of another quake',
      'en',
      'Many residents were afraid of another earthquake and slept in their cars.',
    ],
  ])('%s report no disaster', (_, lang, text) => {
    expect(candidatesOfSentence(lang, { text }).map((c) => c.kind)).not.toContain('disaster');
  });

  it('a quake that struck, told before what people feared, is still reported', () => {
    const text = 'The quake struck on Friday night, and many people slept outside, fearing aftershocks.';
    expect(candidatesOfSentence('en', { text }).map((c) => c.kind)).toContain('disaster');
  });
});
