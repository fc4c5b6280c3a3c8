/**
 * Sentences that say what a happening became, or that someone was criticised, report no
 * happening: "The floods have become a problem for Armin Laschet" tells no flood, and "Lasched had
 * been criticized after he laughed … during a speech by Federal President Steinmeier" no statement
 * of Steinmeier's. His apology is the happening.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const LASCHET: MentionSpec = ['Laschet', 'actor', 'armin-laschet'];
const STEINMEIER: MentionSpec = ['Steinmeier', 'actor', 'frank-walter-steinmeier'];
const ERFTSTADT: MentionSpec = ['Erftstadt', 'place', 'erftstadt-de'];

describe('what a happening became, and criticism in the passive, are no events', () => {
  it.each<[string, string, string[], string, MentionSpec[]]>([
    [
      'en',
      'The floods have become a problem for Armin Laschet, the conservative candidate to succeed Merkel in the September election.',
      [],
      '2021-07-18',
      [['Armin Laschet', 'actor', 'armin-laschet']],
    ],
    ['de', 'Das Hochwasser ist zu einem Problem für Laschet geworden.', [], '2021-07-18', [LASCHET]],
    ['en', 'Floods swept through Erftstadt on Thursday.', ['Floods in Erftstadt'], '2021-07-15', [ERFTSTADT]],
    [
      'en',
      'Lasched had been criticized after he laughed on Saturday in Erftstadt during a speech by Federal President Steinmeier.',
      [],
      '2021-07-17',
      [['Lasched', 'actor', 'armin-laschet'], ERFTSTADT, STEINMEIER],
    ],
    [
      'en',
      'Laschet apologised on Twitter on Saturday evening, saying his behaviour had been "inappropriate".',
      ['Laschet apologises'],
      '2021-07-17',
      [LASCHET],
    ],
    [
      'en',
      'Steinmeier criticised the slow warnings on Saturday.',
      ['Steinmeier makes a statement'],
      '2021-07-17',
      [STEINMEIER],
    ],
  ])('[%s] “%s” gives the events %j', (lang, text, titles, when, mentions) => {
    expect(kindsAndTitles(lang, text, when, mentions).map((c) => c.title)).toEqual(titles);
  });
});
