import { describe, expect, it } from 'vitest';
import type { Timex } from '../types.ts';
import { saidOn } from './said-on.ts';
import { timexAt } from './test-helpers.ts';

/** The sentence's time expression `phrase` as the time stage gives it, dated `value`. */
function timex(text: string, phrase: string, value: string): Timex {
  return timexAt(text, phrase, { value, interval: { start: value, end: value } });
}

function span(text: string, words: string, last?: string): { start: number; end: number } {
  const start = text.indexOf(words);
  return { start, end: last ? text.indexOf(last) + last.length : start + words.length };
}

describe('a day that dates the saying of a count, not the count', () => {
  it.each<[string, string, string, string, [string, string?], boolean]>([
    [
      'en',
      'The coastguard said on Friday that 27 bodies had been recovered.',
      'Friday',
      '2025-08-15',
      ['said'],
      true,
    ],
    [
      'en',
      'Floods have killed at least 95 people, authorities said Wednesday, as rescuers searched.',
      'Wednesday',
      '2024-10-30',
      ['said'],
      true,
    ],
    [
      'en',
      'In Paiporta at least 40 people died, its mayor said on Wednesday.',
      'Wednesday',
      '2024-10-30',
      ['said'],
      true,
    ],
    [
      'de',
      'In Valencia seien 155 Menschen gestorben, teilten die Behörden am Donnerstag mit.',
      'am Donnerstag',
      '2024-10-31',
      ['teilten', 'mit'],
      true,
    ],
    [
      'nl',
      'De kustwacht zei vrijdag dat er 27 lichamen waren geborgen.',
      'vrijdag',
      '2025-08-15',
      ['zei'],
      true,
    ],
    [
      'en',
      'At least 36 people died when two trains collided on Tuesday, officials said.',
      'Tuesday',
      '2023-02-28',
      ['said'],
      false,
    ],
    [
      'en',
      'Police said two people were killed in the attack on Monday.',
      'Monday',
      '2024-03-25',
      ['said'],
      false,
    ],
    [
      'en',
      'President Emmanuel Macron said on Wednesday the killing was "inexplicable and inexcusable".',
      'Wednesday',
      '2023-06-28',
      ['said'],
      true,
    ],
    [
      'en',
      'Dutch prosecutors said on Tuesday a letter found in the getaway car of the man suspected of killing three people on a tram in Utrecht suggested a terrorist motive.',
      'Tuesday',
      '2019-03-19',
      ['said'],
      true,
    ],
    [
      'de',
      'US-Präsident Barack Obama sagte am Freitag in Washington, die Maschine sei von einer Rakete abgeschossen worden.',
      'am Freitag',
      '2014-07-18',
      ['sagte'],
      true,
    ],
    [
      'en',
      'Obama said on Friday in Washington that the plane was shot down by a missile.',
      'Friday',
      '2014-07-18',
      ['said'],
      true,
    ],
    [
      'en',
      'The plane was shot down on Thursday in Donetsk province, officials said.',
      'Thursday',
      '2014-07-17',
      ['said'],
      false,
    ],
    [
      'en',
      'President Emmanuel Macron condemned on Wednesday the killing of the 17-year-old.',
      'Wednesday',
      '2023-06-28',
      ['condemned'],
      false,
    ],
    [
      'nl',
      'Terreurgroep Islamitische Staat eiste gisteren de aanslag op.',
      'gisteren',
      '2024-08-24',
      ['eiste'],
      false,
    ],
    [
      'nl',
      'President Macron veroordeelde woensdag de moord op de 17-jarige Nahel.',
      'woensdag',
      '2023-06-28',
      ['veroordeelde'],
      false,
    ],
  ])('[%s] “%s”: %s tells when it was said: %s', (_lang, text, phrase, value, [verb, last], expected) => {
    expect(saidOn(text, [timex(text, phrase, value)], [span(text, verb, last)], value)).toBe(expected);
  });

  it('leaves the day of the happening when the sentence dates it by another expression', () => {
    const text = 'Two trains collided late on Tuesday, killing 36 people, officials said on Wednesday.';
    const times = [timex(text, 'Tuesday', '2023-02-28'), timex(text, 'Wednesday', '2023-03-01')];
    expect(saidOn(text, times, [span(text, 'said')], '2023-02-28')).toBe(false);
  });
});
