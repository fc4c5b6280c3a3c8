/** Talks rejected are no talks held: the refusal is what the leader says about negotiating. */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day, type MentionSpec } from './test-helpers.ts';

const PRESIDENT: MentionSpec[] = [['Ruth Park', 'actor', 'name:ruth-park']];

/** Kind and title of each candidate of a sentence that takes its day from the paragraph, as such sentences do. */
function kindsAndTitlesOf(lang: string, text: string): { kind: string; title: string }[] {
  return candidatesOfSentence(lang, { text, when: day('2022-01-07'), mentions: PRESIDENT }).map((c) => ({
    kind: c.kind,
    title: c.title,
  }));
}

describe('a leader who refuses talks speaks on negotiations and holds none', () => {
  it.each<[string, string, string]>([
    [
      'an English leader who "rejected calls for talks with the protesters"',
      'en',
      'President Ruth Park rejected calls for talks with the protesters.',
    ],
    [
      'a Dutch leader who "wees oproepen tot gesprekken met de betogers af"',
      'nl',
      'President Ruth Park wees oproepen tot gesprekken met de betogers af.',
    ],
    [
      'a German leader who "lehnte Gespräche mit den Demonstranten ab"',
      'de',
      'Präsidentin Ruth Park lehnte Gespräche mit den Demonstranten ab.',
    ],
  ])('%s', (_name, lang, text) => {
    const found = kindsAndTitlesOf(lang, text);
    expect(found.map((c) => c.kind)).not.toContain('talks');
    expect(found).toContainEqual({
      kind: 'statement',
      title: 'Ruth Park speaks on negotiations with protesters',
    });
  });

  it('a leader who "held talks with" another still holds talks', () => {
    const found = kindsAndTitlesOf('en', 'President Ruth Park held talks with the opposition leader.');
    expect(found.map((c) => c.kind)).toContain('talks');
  });
});
