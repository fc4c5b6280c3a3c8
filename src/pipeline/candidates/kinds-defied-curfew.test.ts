/**
 * Crowds who defy a curfew protest: the curfew is named again, not imposed by their sentence. One
 * named after "despite" or "trotz" is a reason too, not the news.
 */
import { describe, expect, it } from 'vitest';
import { article, day, type SentenceSpec } from './test-helpers.ts';
import { extractCandidates } from './stage.ts';

function kindsOf(lang: string, spec: SentenceSpec): string[] {
  return extractCandidates(article('doc', lang, [spec], '2024-08-06')).map((c) => c.kind);
}

describe('a curfew defied', () => {
  it.each<[string, string, SentenceSpec, string[]]>([
    [
      '"hundreds of thousands of people had defied a curfew to march on the capital on Monday" is a protest',
      'en',
      {
        text: 'Hundreds of thousands of people had defied a curfew to march on the capital on Monday.',
        times: [day('2024-08-05', 'on Monday')],
      },
      ['protest'],
    ],
    [
      '"despite the curfew, thousands took to the streets" is a protest',
      'en',
      {
        text: 'On Monday, despite the curfew, thousands took to the streets of Dhaka.',
        times: [day('2024-08-05', 'On Monday')],
      },
      ['protest'],
    ],
    [
      '"Duizenden demonstranten negeerden maandag de avondklok" is a protest',
      'nl',
      {
        text: 'Duizenden demonstranten negeerden maandag de avondklok.',
        times: [day('2024-08-05', 'maandag')],
      },
      ['protest'],
    ],
    [
      '"Trotz der Ausgangssperre gingen am Montag Tausende auf die Straße" is a protest',
      'de',
      {
        text: 'Trotz der Ausgangssperre gingen am Montag Tausende auf die Straße.',
        times: [day('2024-08-05', 'am Montag')],
      },
      ['protest'],
    ],
    [
      '"the government imposed a curfew on Monday" is still a curfew',
      'en',
      {
        text: 'The government imposed a curfew on Monday.',
        times: [day('2024-08-05', 'on Monday')],
      },
      ['curfew'],
    ],
  ])('%s', (_, lang, spec, kinds) => {
    expect(kindsOf(lang, spec)).toEqual(kinds);
  });
});
