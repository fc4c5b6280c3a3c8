/** A travel ban on a person, in English, Dutch and German: a kind of its own, not an export ban. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const YOON: MentionSpec = ['Yoon Suk Yeol', 'actor', 'yoon-suk-yeol'];

describe('a travel ban', () => {
  it.each([
    ['en', 'The justice ministry imposed a travel ban on President Yoon Suk Yeol on Monday.'],
    ['en', 'President Yoon Suk Yeol was banned from leaving the country on Monday.'],
    [
      'nl',
      'Het ministerie van Justitie heeft maandag een uitreisverbod opgelegd aan president Yoon Suk Yeol.',
    ],
    ['de', 'Gegen den südkoreanischen Präsidenten Yoon Suk Yeol ist ein Ausreiseverbot verhängt worden.'],
  ])('[%s] “%s” is “Travel ban on Yoon Suk Yeol”', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-12-09', [YOON])).toContainEqual({
      kind: 'travel-ban',
      title: 'Travel ban on Yoon Suk Yeol',
    });
  });

  it('an arms export ban stays a ban', () => {
    const found = kindsAndTitles('de', 'Die Regierung verhängte einen Exportstopp für Waffen.', '2024-12-09');
    expect(found.map((f) => f.kind)).not.toContain('travel-ban');
  });
});
