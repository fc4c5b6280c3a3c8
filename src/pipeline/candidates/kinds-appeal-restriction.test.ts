/**
 * An aid appeal, social media restricted and an aid convoy that reached a region: the lexicon in
 * data/event-lexicon.json read through the candidate stage.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const UN_NL: MentionSpec = ['Verenigde Naties', 'actor', 'united-nations'];

describe('appeals, restrictions and convoys', () => {
  it.each<[string, string, string, MentionSpec[], { kind: string; title: string }[]]>([
    [
      "a Dutch UN 'hulpoproep' is an appeal by the UN",
      'nl',
      'Dinsdag openden de Verenigde Naties een hulpoproep van 397 miljoen dollar voor Syrië.',
      [UN_NL],
      [{ kind: 'call', title: 'United Nations makes an appeal' }],
    ],
    [
      "a German 'Spendenaufruf' is an appeal",
      'de',
      'Dienstag startete die UNO einen Spendenaufruf für Syrien.',
      [],
      [{ kind: 'call', title: 'Appeal' }],
    ],
    [
      'access to Twitter restricted is social media restricted, not the internet cut off',
      'en',
      'Wednesday access to Twitter was restricted in Turkey, according to NetBlocks.',
      [['Turkey', 'place', 'turkey']],
      [{ kind: 'ban', title: 'Social media restricted in Turkey' }],
    ],
    [
      "a German Twitter 'eingeschränkt' is social media restricted",
      'de',
      'Mittwoch wurde der Zugang zu Twitter in der Türkei eingeschränkt.',
      [['Türkei', 'place', 'turkey']],
      [{ kind: 'ban', title: 'Social media restricted in Turkey' }],
    ],
    [
      'an aid convoy that reached a region is aid arriving there',
      'en',
      'Thursday the first UN aid convoy reached north-west Syria.',
      [['Syria', 'place', 'syria']],
      [{ kind: 'arrival', title: 'Aid arrives in Syria' }],
    ],
  ])('%s', (_, lang, text, mentions, expected) => {
    expect(kindsAndTitles(lang, text, '2023-02-14', mentions)).toEqual(expected);
  });
});
