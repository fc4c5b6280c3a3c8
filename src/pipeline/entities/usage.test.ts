import { describe, expect, it } from 'vitest';
import { tokenize } from './text.ts';
import { countryUsage, demonymUsage } from './usage.ts';

/** Usage of `name` (its tokens, "U.S" for "U.S.") in the sentence. */
function usage(sentence: string, name: string, kind: 'country' | 'demonym') {
  const tokens = tokenize(sentence);
  const words = tokenize(name).map((t) => t.text);
  const i = tokens.findIndex((_, k) => words.every((w, j) => tokens[k + j]?.text === w));
  const end = i + words.length;
  return kind === 'country' ? countryUsage(tokens, sentence, i, end) : demonymUsage(tokens, sentence, i, end);
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
    [
      'Ethnic Armenian forces in Nagorno-Karabakh agreed on Wednesday to lay down their arms.',
      'Armenian',
      'demonym',
      'none',
    ],
    ['De etnisch Armeense troepen in Nagorno-Karabach legden de wapens neer.', 'Armeense', 'demonym', 'none'],
    ['Die kasachischen Behörden nahmen ihn fest.', 'kasachischen', 'demonym', 'actor'],
    ['De Kazachstaanse autoriteiten hebben hem opgepakt.', 'Kazachstaanse', 'demonym', 'actor'],
    ['Staff in the Kazakh city of Almaty may leave.', 'Kazakh', 'demonym', 'none'],
    ['Kazakh President Tokayev spoke.', 'Kazakh', 'demonym', 'none'],
    ['The quake hit near Gaziantep, the U.S. Geological Survey said.', 'S', 'country', 'none'],
    ['He flew to the U.S. on Monday.', 'U.S', 'country', 'place'],
    [
      'Blinken said on Friday that the United States “wants to learn more” about Russian soldiers traveling to Kazakhstan.',
      'United States',
      'country',
      'actor',
    ],
    [
      'Blinken zei dat de Verenigde Staten „meer te weten willen komen”.',
      'Verenigde Staten',
      'country',
      'actor',
    ],
    ['Blinken said that troops arrived in Kazakhstan on Thursday.', 'Kazakhstan', 'country', 'place'],
  ])('"%s": %s (%s) → %s', (sentence, name, kind, expected) => {
    expect(usage(sentence, name, kind as 'country' | 'demonym')).toBe(expected);
  });
});
