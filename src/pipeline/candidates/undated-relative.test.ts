/**
 * A killing told in a relative clause takes no day the main clause gives after it: the funeral
 * of Shinzo Abe (July 2022) in a translation from the Japanese, the earthquakes of 6 February
 * 2023 in Turkey told again a fortnight on, the landslide of Erftstadt the German president was to
 * visit (a clause "wo …" in the pluperfect goes back before the main clause's day).
 */
import { describe, expect, it } from 'vitest';
import { timexAt } from './test-helpers.ts';
import { undatedInRelative } from './undated-relative.ts';

function killedAt(text: string, word: string): { start: number; end: number } {
  const start = text.indexOf(word);
  return { start, end: start + word.length };
}

describe('a happening in a relative clause with no time of its own', () => {
  it.each<[string, string, string, string, string, boolean]>([
    [
      'en',
      'The funeral of former Prime Minister Shinzo Abe who was shot and killed during a street speech in Nara City was performed on July 11 at Zojoji Temple.',
      'killed',
      'July 11',
      '2022-07-11',
      true,
    ],
    [
      'nl',
      'Het gebied werd twee weken geleden al verwoest door de aardbevingen van 6 februari, waarbij in Turkije en Syrië meer dan 47.000 doden vielen.',
      'doden',
      '6 februari',
      '2023-02-06',
      false,
    ],
    [
      'en',
      'The teenager, Nahel M., who was shot dead by a police officer on Tuesday, was buried on Saturday.',
      'shot dead',
      'Tuesday',
      '2023-06-27',
      false,
    ],
    [
      'de',
      'Bundespräsident Frank-Walter Steinmeier besucht am Samstag Erftstadt, wo ein Erdrutsch mehrere Häuser mitgerissen hatte.',
      'Erdrutsch',
      'am Samstag',
      '2021-07-17',
      true,
    ],
    [
      'de',
      'Indien reagiert damit auf den Anschlag vom 22. April in Pahalgam, bei dem Bewaffnete 26 Menschen erschossen hatten, überwiegend Touristen.',
      'erschossen',
      'vom 22. April',
      '2025-04-22',
      false,
    ],
  ])('[%s] “%s”: “%s” is undated by “%s” (%s): %s', (lang, text, word, phrase, value, undated) => {
    expect(
      undatedInRelative(
        text,
        lang,
        killedAt(text, word),
        [timexAt(text, phrase, { value, interval: { start: value, end: value } })],
        value.startsWith('2021') ? '2021-07-16' : '2025-05-07',
      ),
    ).toBe(undated);
  });
});
