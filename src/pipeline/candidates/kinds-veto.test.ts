/** A head of state who refuses to sign a law or vetoes it: no mere statement, in English, Dutch and German news. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const PRESIDENT: MentionSpec[] = [['Salome Zurabishvili', 'actor', 'name:salome-zurabishvili']];

describe('a law its signature is refused', () => {
  it.each([
    ['en', 'On Wednesday President Salome Zurabishvili refused to sign the broadcasting law.'],
    ['nl', 'President Salome Zurabishvili weigerde woensdag de nieuwe omroepwet te ondertekenen.'],
    [
      'de',
      'Präsidentin Salome Zurabishvili hat dem Rundfunkgesetz am Mittwoch ihre Unterschrift verweigert.',
    ],
  ])('[%s] “%s” is a veto', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2025-11-13', PRESIDENT)).toEqual([
      { kind: 'veto', title: 'Salome Zurabishvili refuses to sign the law' },
    ]);
  });

  it('“The president vetoed the budget on Tuesday” names no law it does not know of', () => {
    expect(kindsAndTitles('en', 'The president vetoed the budget on Tuesday.', '2025-11-13')).toEqual([
      { kind: 'veto', title: 'Veto' },
    ]);
  });
});
