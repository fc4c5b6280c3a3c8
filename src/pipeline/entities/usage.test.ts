import { describe, expect, it } from 'vitest';
import { tokenize } from './text.ts';
import { countryUsage, demonymUsage } from './usage.ts';

/** Usage of the word `name` (one token) in the sentence. */
function usage(sentence: string, name: string, kind: 'country' | 'demonym') {
  const tokens = tokenize(sentence);
  const i = tokens.findIndex((t) => t.text === name);
  return kind === 'country'
    ? countryUsage(tokens, sentence, i, i + 1)
    : demonymUsage(tokens, sentence, i + 1);
}

describe('what a country name or demonym stands for', () => {
  it.each([
    ['Germany has temporarily halted arms exports to Kazakhstan.', 'Germany', 'country', 'actor'],
    ['Germany has temporarily halted arms exports to Kazakhstan.', 'Kazakhstan', 'country', 'place'],
    ['Duitsland heeft de export van wapens stopgezet.', 'Duitsland', 'country', 'actor'],
    ['Since then, Kazakhstan’s largest city has been quiet.', 'Kazakhstan', 'country', 'place'],
    ['US citizens in Kazakhstan should be aware of the protests.', 'US', 'country', 'none'],
    ['On Saturday, Kazakh authorities arrested the former head.', 'Kazakh', 'demonym', 'actor'],
    ['Russian soldiers arrived on Thursday.', 'Russian', 'demonym', 'actor'],
    ['Die kasachischen Behörden nahmen ihn fest.', 'kasachischen', 'demonym', 'actor'],
    ['De Kazachstaanse autoriteiten hebben hem opgepakt.', 'Kazachstaanse', 'demonym', 'actor'],
    ['Staff in the Kazakh city of Almaty may leave.', 'Kazakh', 'demonym', 'none'],
    ['Kazakh President Tokayev spoke.', 'Kazakh', 'demonym', 'none'],
  ])('"%s": %s (%s) → %s', (sentence, name, kind, expected) => {
    expect(usage(sentence, name, kind as 'country' | 'demonym')).toBe(expected);
  });
});
