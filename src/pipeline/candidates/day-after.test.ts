/** What a clause opened by "a day after" tells befell the day before the sentence's day. */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day, type MentionSpec } from './test-helpers.ts';

const NIAMEY: MentionSpec = ['Niamey', 'place', 'niamey'];

describe("a happening told 'a day after' another is dated the day before", () => {
  it.each<[string, string, string, string, [string, string][]]>([
    [
      "'announced on Monday, a day after thousands of people attacked the French embassy' dates the attack Sunday",
      'en',
      'The evacuation was announced on Monday, a day after thousands of people attacked the French embassy in Niamey.',
      'on Monday',
      [
        ['evacuation', '2023-07-31'],
        ['attack', '2023-07-30'],
      ],
    ],
    [
      "Dutch 'maandag …, een dag nadat demonstranten de ambassade hadden aangevallen' dates the attack Sunday",
      'nl',
      'Frankrijk besloot maandag tot de evacuatie, een dag nadat demonstranten de Franse ambassade in Niamey hadden aangevallen.',
      'maandag',
      [
        ['evacuation', '2023-07-31'],
        ['attack', '2023-07-30'],
      ],
    ],
    [
      "German 'am Montag …, einen Tag nachdem Demonstranten die Botschaft angegriffen hatten' dates the attack Sunday",
      'de',
      'Frankreich beschloss am Montag die Evakuierung, einen Tag nachdem Demonstranten die französische Botschaft in Niamey angegriffen hatten.',
      'am Montag',
      [
        ['evacuation', '2023-07-31'],
        ['attack', '2023-07-30'],
      ],
    ],
  ])('%s', (_name, lang, text, phrase, expected) => {
    const candidates = candidatesOfSentence(lang, {
      text,
      times: [day('2023-07-31', phrase)],
      mentions: [NIAMEY],
    });
    expect(candidates.map((c) => [c.kind, c.when.start])).toEqual(expected);
  });
});
