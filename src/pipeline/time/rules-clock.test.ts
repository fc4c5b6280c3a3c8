/**
 * A bare clock time is of the day the story is at; "since midnight" is the midnight that opened the
 * day of publication: "Seit Mitternacht gilt im Sudan eine 72-stündige Waffenruhe" in a report of
 * Tuesday is in force from Tuesday 00:00, whatever day the sentence before told.
 */
import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';
import type { Lang } from './lexicon.ts';

/** The value of `expression` in `text`, published on 25 April 2023 after a sentence of Sunday the 23rd. */
const at = (lang: Lang, text: string, expression: string) =>
  extractTimexes(text, { lang, dct: '2023-04-25', anchor: '2023-04-23' }).find((t) => t.text === expression)
    ?.value;

describe('since midnight', () => {
  it.each<[Lang, string, string, string]>([
    ['de', 'Seit Mitternacht gilt im Sudan eine 72-stündige Waffenruhe.', 'Mitternacht', '2023-04-25T00:00'],
    ['nl', 'Sinds middernacht geldt in Soedan een bestand van 72 uur.', 'middernacht', '2023-04-25T00:00'],
    ['en', 'A 72-hour ceasefire has been in force since midnight.', 'midnight', '2023-04-25T00:00'],
    // Without "since" the midnight is the story's: the night the sentence before was at.
    ['en', 'The ceasefire took effect at midnight.', 'midnight', '2023-04-23T00:00'],
    ['de', 'Um Mitternacht trat die Waffenruhe in Kraft.', 'Mitternacht', '2023-04-23T00:00'],
  ])('[%s] “%s”: “%s” is %s', (lang, text, expression, value) => {
    expect(at(lang, text, expression)).toBe(value);
  });
});

describe('the midnight a measure still ahead begins or ends at', () => {
  it.each<[Lang, string, string, string]>([
    [
      'en',
      'A state of emergency would take effect from midnight, giving police wider powers.',
      'midnight',
      '2023-04-23T23:59',
    ],
    ['en', 'A state of emergency takes effect at midnight.', 'midnight', '2023-04-23T23:59'],
    ['en', 'The curfew will stay in force until midnight.', 'midnight', '2023-04-23T23:59'],
    ['nl', 'De avondklok geldt vanaf middernacht.', 'middernacht', '2023-04-23T23:59'],
    ['de', 'Die Ausgangssperre gilt ab Mitternacht.', 'Mitternacht', '2023-04-23T23:59'],
  ])('[%s] “%s”: “%s” is %s', (lang, text, expression, value) => {
    expect(at(lang, text, expression)).toBe(value);
  });
});

describe('before midnight', () => {
  it.each<[Lang, string, string, string]>([
    ['de', 'Das Flugzeug hob eine Minute vor Mitternacht Ortszeit ab.', 'Mitternacht', '2023-04-23T23:59'],
    ['en', 'The last plane took off just before midnight.', 'midnight', '2023-04-23T23:59'],
    ['nl', 'Het laatste toestel vertrok vlak voor middernacht.', 'middernacht', '2023-04-23T23:59'],
  ])('[%s] “%s”: “%s” is the end of the story’s day, %s', (lang, text, expression, value) => {
    expect(at(lang, text, expression)).toBe(value);
  });
});

describe('a translation’s 24-hour clock in “hours”', () => {
  it('“Around 15.00 hours he went to the Erasmus MC” is 15:00 of the story’s day', () => {
    expect(at('en', 'Around 15.00 hours he went to the Erasmus MC.', '15.00 hours')).toBe('2023-04-23T15:00');
  });

  it.each([
    ['The search lasted 3 hours.', '3 hours'],
    ['The talks lasted 2 hours on Sunday.', '2 hours'],
  ])('“%s”: “%s” is a span, no clock time', (text, expression) => {
    expect(at('en', text, expression) ?? '').not.toMatch(/T\d{2}:\d{2}/);
  });
});
