/**
 * A weekday told as that of what followed the one the sentence before tells: read from a day that
 * puts it before that one, the report is of a later week.
 */
import { describe, expect, it } from 'vitest';
import { followedConflict } from './followed-on.ts';
import { sentencesOf } from './test-sentences.ts';
import { weekdayEvidence } from './weekday-evidence.ts';

function evidenceOf(language: string, texts: string[]) {
  return weekdayEvidence({ sentences: sentencesOf([texts]), language });
}

describe('a weekday told as that of what followed', () => {
  it.each<[string, string, string[], string, boolean]>([
    [
      'read from Monday 1 April, the Thursday a second channel followed on would come before the Monday of the first',
      'en',
      ['A first temporary channel for smaller ships was opened on Monday.', 'A second followed on Thursday.'],
      '2024-04-01',
      true,
    ],
    [
      'read from Friday 5 April, Monday 1 April and Thursday 4 April come in order',
      'en',
      ['A first temporary channel for smaller ships was opened on Monday.', 'A second followed on Thursday.'],
      '2024-04-05',
      false,
    ],
    [
      'a Dutch second channel that "volgde donderdag", read from the Monday, comes too early',
      'nl',
      ['Maandag ging een eerste tijdelijke vaargeul open.', 'Een tweede volgde donderdag.'],
      '2024-04-01',
      true,
    ],
    [
      'a German second channel that "folgte am Donnerstag", read from the Monday, comes too early',
      'de',
      ['Am Montag wurde eine erste Fahrrinne geöffnet.', 'Eine zweite folgte am Donnerstag.'],
      '2024-04-01',
      true,
    ],
    [
      'someone "followed by" others names who followed, not the day: no order',
      'en',
      ['The president arrived on Monday.', 'He was followed by his ministers on Thursday.'],
      '2024-04-01',
      false,
    ],
    [
      'a sentence that does not follow right after the one it would follow sets no order',
      'en',
      [
        'A first temporary channel was opened on Monday.',
        'The ship still lies in the river.',
        'Talks followed on Thursday.',
      ],
      '2024-04-01',
      false,
    ],
  ])('%s', (_, language, texts, date, conflict) => {
    expect(followedConflict(date, evidenceOf(language, texts)) !== null).toBe(conflict);
  });
});
