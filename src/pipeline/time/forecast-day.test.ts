import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

describe('the day a warning is for, in an article of Sunday 12 January 2025', () => {
  it.each([
    [
      'a German weather service that "warnte für Dienstag" warned of the Tuesday ahead',
      'de',
      'Der Nationale Wetterdienst warnte für Dienstag erneut vor starken Santa-Ana-Winden und extremer Brandgefahr.',
      'Dienstag',
      '2025-01-14',
    ],
    [
      'an English warning issued "for Tuesday" is for the Tuesday ahead',
      'en',
      'The National Weather Service issued a red flag warning for Tuesday as Santa Ana winds return.',
      'Tuesday',
      '2025-01-14',
    ],
    [
      'a Dutch "code oranje voor dinsdag" is for the Tuesday ahead',
      'nl',
      'Het KNMI heeft code oranje voor dinsdag afgegeven vanwege zware windstoten.',
      'dinsdag',
      '2025-01-14',
    ],
    [
      'a warning given "on Tuesday" was given that past Tuesday',
      'en',
      'The weather service warned on Tuesday of hurricane-force winds.',
      'Tuesday',
      '2025-01-07',
    ],
    [
      'a German "am Dienstag" fire with no warning looks back',
      'de',
      'Das Feuer war am Dienstag für Anwohner überraschend ausgebrochen.',
      'Dienstag',
      '2025-01-07',
    ],
  ])('%s', (_name, lang, sentence, text, value) => {
    const found = extractTimexes(sentence, { lang, dct: '2025-01-12' });
    expect(found.find((t) => t.text === text)?.value, found.map((t) => t.text).join(', ')).toBe(value);
  });
});
