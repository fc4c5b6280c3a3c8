/**
 * A death toll withdrawn (lexicon kind `toll-withdrawn`), in en, nl and de, in reports of Monday
 * 10 January 2022: an event of its own, on the day it was withdrawn, not the toll's Sunday.
 */
import { describe, expect, it } from 'vitest';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

describe('a death toll withdrawn', () => {
  it.each([
    [
      'en',
      'Kazakh officials on Monday withdrew a death toll of 164 that state media had broadcast a day earlier, saying the figure had been published by mistake.',
      '2022-01-10',
    ],
    [
      'en',
      'The previous official toll was 164, reported by state media last Sunday and later withdrawn.',
      '2022-01-10',
    ],
    [
      'de',
      'Das Gesundheitsministerium hatte am Sonntag von 164 Toten gesprochen, diese Angabe später aber wieder zurückgezogen.',
      '2022-01-10',
    ],
    [
      'nl',
      'Het ministerie trok maandag het dodental van 164 weer in: het was een technische fout.',
      '2022-01-10',
    ],
    [
      'nl',
      'Het ministerie had zondag 164 doden gemeld, maar dat dodental werd later weer ingetrokken.',
      '2022-01-10',
    ],
  ])('[%s] “%s” is a toll withdrawn on %s', async (lang, sentence, day) => {
    const file = await eventFileOf({ [`${lang}_a.txt`]: ` date 2022-01-10 Report\n\n${sentence}\n` });
    const withdrawn = eventsFrom(file, sentence).find((e) => e.kind === 'toll-withdrawn');
    expect(withdrawn?.title).toBe('Death toll withdrawn');
    expect(withdrawn?.when.start).toBe(day);
  });

  it('“Die Zahl der Todesopfer stieg auf 164” withdraws nothing', async () => {
    const sentence = 'Die Zahl der Todesopfer stieg am Sonntag auf 164.';
    const file = await eventFileOf({ 'de_a.txt': ` date 2022-01-10 Report\n\n${sentence}\n` });
    expect(eventsFrom(file, sentence).map((e) => e.kind)).not.toContain('toll-withdrawn');
  });
});
