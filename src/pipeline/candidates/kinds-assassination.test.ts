/** A named person shot at, or an attempt on their life, is an assassination attempt on them, in en, nl and de. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const FICO: MentionSpec = ['Robert Fico', 'actor', 'name:robert-fico'];

describe('an assassination attempt is titled by whom it targeted', () => {
  it.each<[string, string, MentionSpec[], string]>([
    [
      'en',
      'Wednesday Slovak Prime Minister Robert Fico was in a life-threatening condition after being shot multiple times in what the government called a politically motivated assassination attempt.',
      [FICO],
      'Assassination attempt on Robert Fico',
    ],
    ['en', 'Wednesday Robert Fico was shot multiple times.', [FICO], 'Assassination attempt on Robert Fico'],
    ['nl', 'Woensdag is Robert Fico neergeschoten.', [FICO], 'Assassination attempt on Robert Fico'],
    ['de', 'Am Mittwoch wurde Robert Fico angeschossen.', [FICO], 'Assassination attempt on Robert Fico'],
    [
      'de',
      'Am Mittwoch gab es ein Attentat auf Robert Fico.',
      [FICO],
      'Assassination attempt on Robert Fico',
    ],
    ['en', 'Wednesday two protesters were shot dead by police.', [], '2 protesters killed'],
    [
      'en',
      'Sunday the FBI said it was investigating the shooting as an attempted assassination.',
      [['FBI', 'actor', 'fbi']],
      'FBI opens investigation',
    ],
  ])('[%s] “%s”', (lang, text, mentions, title) => {
    expect(kindsAndTitles(lang, text, '2024-05-15', mentions).map((c) => c.title)).toEqual([title]);
  });
});
