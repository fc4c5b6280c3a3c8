/** What a clause opened by "a day after" tells befell the day before the sentence's day. */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day, type MentionSpec } from './test-helpers.ts';

const NIAMEY: MentionSpec = ['Niamey', 'place', 'niamey'];
const BANKS: MentionSpec[] = [
  ['UBS', 'actor', 'ubs'],
  ['Credit Suisse', 'actor', 'credit-suisse'],
];

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

describe("a clause 'a day after the bank agreed to buy' tells the takeover, not a happening named again", () => {
  it.each<[string, string, string, string, [string, string][]]>([
    [
      "Reuters' 'UBS fell … on Monday, a day after the Swiss bank agreed to buy Credit Suisse' dates the takeover Sunday",
      'en',
      'Shares in UBS fell as much as 14% in early trading on Monday, a day after the Swiss bank agreed to buy Credit Suisse for 3 billion Swiss francs ($3.2 billion) in a deal engineered by Swiss authorities.',
      'on Monday',
      [
        ['share-fall', '2023-03-20'],
        ['takeover', '2023-03-19'],
      ],
    ],
    [
      "Dutch 'maandag …, een dag nadat de Zwitserse bank Credit Suisse had overgenomen' dates the takeover Sunday",
      'nl',
      'Het aandeel UBS verloor maandag 14 procent, een dag nadat de Zwitserse bank Credit Suisse had overgenomen.',
      'maandag',
      [
        ['share-fall', '2023-03-20'],
        ['takeover', '2023-03-19'],
      ],
    ],
    [
      "German 'am Montag …, einen Tag nachdem die Schweizer Bank die Credit Suisse übernommen hatte' dates the takeover Sunday",
      'de',
      'Die Aktie der UBS fiel am Montag um 14 Prozent, einen Tag nachdem die Schweizer Bank die Credit Suisse übernommen hatte.',
      'am Montag',
      [
        ['share-fall', '2023-03-20'],
        ['takeover', '2023-03-19'],
      ],
    ],
  ])('%s', (_name, lang, text, phrase, expected) => {
    const candidates = candidatesOfSentence(lang, {
      text,
      times: [day('2023-03-20', phrase)],
      mentions: BANKS,
    });
    expect(candidates.map((c) => [c.kind, c.when.start])).toEqual(expected);
  });
});
