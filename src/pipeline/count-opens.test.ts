import { describe, expect, it } from 'vitest';
import { cutBeforeCounts, opensWithCount } from './count-opens.ts';

describe('opensWithCount', () => {
  it.each<[string, string, string, string, boolean]>([
    [
      'a count of officers and "were" after a word ending the sentence',
      'en',
      'fewer than in the nights before.',
      '45 police officers were injured.',
      true,
    ],
    [
      'a count, a phrase with "of the 300" and a past tense',
      'en',
      'has voted for the impeachment of President Yoon Suk Yeol.',
      '204 of the 300 deputies voted on Saturday for the impeachment procedure.',
      true,
    ],
    [
      'a Dutch count and a past tense',
      'nl',
      'in de Bondsdag verloren.',
      '394 parlementariërs stemden tegen hem.',
      true,
    ],
    [
      'a German count and "wurden"',
      'de',
      'teilte das Innenministerium mit.',
      '1350 Autos wurden angezündet.',
      true,
    ],
    ['a day after an abbreviated month', 'en', 'On Jan.', '6 rioters stormed the Capitol.', false],
    ['a count after "approx."', 'en', 'The fire injured approx.', '50 people were treated.', false],
    ['a number broken at its point', 'de', 'Die Zahl stieg auf 3.', '000 Menschen wurden verletzt.', false],
    [
      'a German ordinal after an article',
      'de',
      'Die EU beschloss ihr 13.',
      '2 Pakete wurden geschnürt.',
      false,
    ],
    [
      'a count with no verb after its noun',
      'en',
      'The toll was given as follows.',
      '45 police officers, 12 firefighters.',
      false,
    ],
  ])('%s', (_name, lang, before, head, expected) => {
    expect(opensWithCount(before, head, lang)).toBe(expected);
  });
});

describe('cutBeforeCounts', () => {
  it('cuts a German piece before the count of cars set alight, not before a date', () => {
    expect(
      cutBeforeCounts(
        'Am 1. Juli nahm die Polizei 1311 Menschen fest, teilte das Innenministerium mit. 1350 Autos wurden angezündet.',
        'de',
      ),
    ).toEqual([
      'Am 1. Juli nahm die Polizei 1311 Menschen fest, teilte das Innenministerium mit. ',
      '1350 Autos wurden angezündet.',
    ]);
  });
});
