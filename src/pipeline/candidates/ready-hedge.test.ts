/** What someone is only ready to do has not happened: "cells … ready to strike" is no strike. */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence } from './test-helpers.ts';

describe('a happening someone is only ready for', () => {
  it.each<[string, string, string, string]>([
    [
      'The Local’s “two more cells … are ready to strike”',
      'en',
      'Police say they have so far found no evidence to support his claim at last Monday’s custody hearing that "two more cells" of his network are ready to strike.',
      'Strike',
    ],
    [
      'a German union “bereit zu streiken”',
      'de',
      'Die Gewerkschaft erklärte, die Beschäftigten seien bereit zu streiken.',
      'Strike',
    ],
  ])('%s reports no strike', (_name, lang, text, title) => {
    expect(candidatesOfSentence(lang, { text }).map((c) => c.title)).not.toContain(title);
  });

  it('a strike that began is still reported', () => {
    const text = 'Workers at the port went on strike on Monday.';
    expect(candidatesOfSentence('en', { text }).map((c) => c.kind)).toEqual(['protest']);
  });
});
