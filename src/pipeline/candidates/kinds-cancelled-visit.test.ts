/**
 * A visit called off is a cancellation in Dutch as in German: "Ze zegde een bezoek aan Halle af"
 * beside "Sie sagte eine geplante Reise nach Halle ab".
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const MERKEL: MentionSpec = ['Merkel', 'actor', 'angela-merkel'];

describe('a visit called off', () => {
  it.each<[string, string, MentionSpec[]]>([
    ['de', 'Merkel sagte eine geplante Reise nach Halle ab.', [MERKEL]],
    ['nl', 'Merkel zegde een bezoek aan Halle af.', [MERKEL]],
    ['nl', 'Merkel heeft haar bezoek aan Halle afgezegd.', [MERKEL]],
  ])('%s: “%s” is a cancellation', (lang, text, mentions) => {
    const found = kindsAndTitles(lang, text, '2020-02-20', mentions);
    expect(found.map((c) => c.kind)).toContain('cancellation');
  });

  it.each<[string, string]>([['nl', 'Ze zei dat het bezoek doorgaat.']])(
    '%s: “%s” cancels nothing',
    (lang, text) => {
      expect(kindsAndTitles(lang, text, '2020-02-20').map((c) => c.kind)).not.toContain('cancellation');
    },
  );
});
