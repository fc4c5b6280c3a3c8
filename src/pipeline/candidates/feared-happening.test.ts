/** What people fear or suspect is no happening: "fearing aftershocks" reports no quake, "verdenkt L. van brandstichting" no arson. */
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

describe('a crime someone is only suspected of', () => {
  it.each<[string, string, string]>([
    ['the Dutch prosecutors’ suspicion', 'nl', 'Het OM verdenkt L. van moord, doodslag en brandstichting.'],
    [
      'the German prosecutors’ suspicion',
      'de',
      'Die Staatsanwaltschaft verdächtigt den Mann der Brandstiftung.',
    ],
  ])('%s reports no arson', (_, lang, text) => {
    expect(candidatesOfSentence(lang, { text }).map((c) => c.kind)).not.toContain('arson');
  });

  it('a hedge before a clause of its own still leaves the next clause’s arson reported', () => {
    const text = 'Het vuur zou zijn aangestoken, zei de politie, en daarna stak hij de woning in brand.';
    expect(candidatesOfSentence('nl', { text }).map((c) => c.kind)).toContain('arson');
  });
});
