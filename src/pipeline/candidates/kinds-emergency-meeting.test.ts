/**
 * An emergency meeting of a government or a council is a happening of its own ("chaired an
 * emergency meeting in Athens", "kwam in spoedzitting bijeen", "berief eine Krisensitzung ein").
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('an emergency meeting', () => {
  it.each([
    ['en', 'On Tuesday the president convened an emergency meeting of his security council.'],
    ['en', 'The U.N. Security Council met later on Tuesday at the request of both Russia and Ukraine.'],
    ['nl', 'De Veiligheidsraad van de VN kwam gisteravond in spoedzitting bijeen.'],
    ['nl', 'Het kabinet hield dinsdag crisisberaad over de overstromingen.'],
    ['de', 'Der UN-Sicherheitsrat kam am Dienstag zu einer Dringlichkeitssitzung zusammen.'],
    ['de', 'Die Regierung berief am Dienstag eine Krisensitzung ein.'],
  ])('[%s] “%s” is an emergency meeting', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2023-06-06').map((k) => k.kind)).toContain('emergency-meeting');
  });

  it('a meeting that is not called in an emergency is none', () => {
    expect(
      kindsAndTitles('en', 'The council met on Tuesday to discuss the budget.', '2023-06-06').map(
        (k) => k.kind,
      ),
    ).not.toContain('emergency-meeting');
  });
});
