/** A statement that names the findings with a definite article answers the news the article opened with. */
import { describe, expect, it } from 'vitest';
import { namesFindings } from './findings-named.ts';
import { tokenize } from './tokenize.ts';

describe('findings named', () => {
  it.each<[string, string, boolean]>([
    [
      'the AP’s “stunned by the findings”',
      'Lufthansa CEO Carsten Spohr said the company was "stunned" by the findings.',
      true,
    ],
    ['the Dutch “de bevindingen”', 'Spohr zei geschokt te zijn door de bevindingen van de aanklager.', true],
    ['the German “die Erkenntnisse”', 'Spohr sagte, die Erkenntnisse hätten ihn erschüttert.', true],
    [
      'findings without an article are no answer to the news',
      'The report presents findings on safety.',
      false,
    ],
    [
      'a statement about something else',
      'Hij noemde het "de donkerste dag" in de geschiedenis van het bedrijf.',
      false,
    ],
  ])('%s', (_what, text, expected) => {
    expect(namesFindings(tokenize(text))).toBe(expected);
  });
});
