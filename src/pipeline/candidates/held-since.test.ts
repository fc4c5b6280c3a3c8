/**
 * Someone still held ("zit sinds 8 december vast", "sitzt seit Mittwoch in Haft", "has been held at
 * his residence since Wednesday") was arrested on the day after "since": no arrest of the report's
 * day, and none at all when the sentence names no such day.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day } from './test-helpers.ts';

const arrests = (lang: string, text: string, name: string, times: ReturnType<typeof day>[]) =>
  candidatesOfSentence(lang, { text, times, mentions: [[name, 'unknown', 'name:held-person']] })
    .filter((c) => c.kind === 'arrest')
    .map((c) => c.when.value);

describe('someone held since a day', () => {
  it.each([
    [
      'nl',
      'Oud-defensieminister Kim Yong-hyun zit sinds 8 december vast.',
      'Kim Yong-hyun',
      '2024-12-08',
      'sinds 8 december',
    ],
    [
      'nl',
      'Bazoum wordt sinds 26 juli met zijn vrouw en zoon vastgehouden in zijn residentie.',
      'Bazoum',
      '2023-07-26',
      'sinds 26 juli',
    ],
    [
      'de',
      'Der Oppositionsführer Nika Gwaramia sitzt seit Mittwoch in Haft.',
      'Nika Gwaramia',
      '2024-12-04',
      'seit Mittwoch',
    ],
    [
      'de',
      'Bazoum wird seit dem 26. Juli in seiner Residenz festgehalten.',
      'Bazoum',
      '2023-07-26',
      'seit dem 26. Juli',
    ],
    [
      'en',
      'The former defense minister Kim Yong Hyun sits in custody since last Sunday.',
      'Kim Yong Hyun',
      '2024-12-08',
      'last Sunday',
    ],
    [
      'en',
      'President Mohamed Bazoum has been held at his residence since Wednesday.',
      'Mohamed Bazoum',
      '2023-07-26',
      'Wednesday',
    ],
  ])('%s: “%s” is an arrest of %s on %s', (lang, text, name, date, phrase) => {
    expect(arrests(lang, text, name, [day(date, phrase)])).toEqual([date]);
  });

  it.each([
    ['nl', 'Kim Yong-hyun zit al weken vast.', 'Kim Yong-hyun'],
    ['de', 'Nika Gwaramia sitzt weiter in Haft.', 'Nika Gwaramia'],
    ['en', 'Mohamed Bazoum is being held at his residence.', 'Mohamed Bazoum'],
  ])('%s: “%s” tells of no arrest', (lang, text, name) => {
    expect(arrests(lang, text, name, [])).toEqual([]);
  });

  it('a ship stuck since Tuesday is no one held', () => {
    expect(
      candidatesOfSentence('nl', {
        text: 'Het schip zit sinds dinsdag vast.',
        times: [day('2021-03-23', 'sinds dinsdag')],
      }).filter((c) => c.kind === 'arrest'),
    ).toEqual([]);
  });
});
