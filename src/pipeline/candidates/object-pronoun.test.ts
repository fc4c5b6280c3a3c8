/** A masculine object pronoun right after the verb of what befell someone is the person named before. */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './stage.ts';
import { article } from './test-helpers.ts';

const CASTILLO = 'Pedro Castillo';

describe('the one a verb befalls, named by a pronoun', () => {
  it.each<[string, string, string, string]>([
    [
      'en',
      'On Wednesday Pedro Castillo tried to dissolve the Congress.',
      'The Congreso then removed him from office.',
      'Pedro Castillo ousted',
    ],
    [
      'de',
      'Am Mittwoch wollte Pedro Castillo den Kongress auflösen.',
      'Noch am selben Tag setzte ihn der Kongress ab.',
      'Pedro Castillo ousted',
    ],
  ])('[%s] “%s” then “%s” is titled “%s”', (lang, before, text, title) => {
    const a = article('d', lang, [
      { text: before, mentions: [[CASTILLO, 'actor', 'pedro-castillo']], paragraph: 'p1' },
      { text, paragraph: 'p1' },
    ]);
    const ousted = extractCandidates(a, {
      kindOf: (id) => (id === 'pedro-castillo' ? 'person' : undefined),
    }).find((c) => c.sentence.text === text);
    expect(ousted?.title).toBe(title);
    expect(ousted?.actors).toContain('pedro-castillo');
  });

  it('what someone says to him befalls no one', () => {
    const a = article('d', 'en', [
      {
        text: 'On Wednesday Pedro Castillo met the ambassador.',
        mentions: [[CASTILLO, 'actor', 'pedro-castillo']],
        paragraph: 'p1',
      },
      { text: 'The ambassador told him the embassy was closed.', paragraph: 'p1' },
    ]);
    const told = extractCandidates(a, { kindOf: () => 'person' }).filter((c) =>
      c.sentence.text.startsWith('The ambassador told him'),
    );
    expect(told.map((c) => c.actors)).not.toContainEqual(['pedro-castillo']);
  });
});
