/** Who a Dutch or German clause with its verb last names as the partner, and who acts. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';
import { namedAsPartner } from './with-partner.ts';
import type { Mention } from '../types.ts';

const macron: MentionSpec = ['Macron', 'actor', 'macron'];
const steinmeier: MentionSpec = ['Frank-Walter Steinmeier', 'actor', 'frank-walter-steinmeier'];

function mention(text: string, name: string): Mention {
  const start = text.indexOf(name);
  return { text: name, start, end: start + name.length, kind: 'actor', resolution: 'exact' };
}

describe('a name "met" or "mit" marks as the partner', () => {
  it.each<[string, string, string, boolean]>([
    [
      'a president named after "mit" and his title is the partner',
      'Macron habe am Samstag mit Bundespräsident Frank-Walter Steinmeier telefoniert.',
      'Frank-Walter Steinmeier',
      true,
    ],
    [
      'a minister named right after "met" is the partner',
      'Schoof heeft dinsdag met Macron gebeld over de rellen.',
      'Macron',
      true,
    ],
    [
      'the subject after a fronted "mit" phrase is not',
      'Zusammen mit Frankreich hat Deutschland neue Sanktionen beschlossen.',
      'Deutschland',
      false,
    ],
    [
      'the subject opening the sentence is not',
      'Macron habe am Samstag mit Bundespräsident Frank-Walter Steinmeier telefoniert.',
      'Macron',
      false,
    ],
  ])('%s', (_, text, name, partner) => {
    expect(namedAsPartner(text, mention(text, name))).toBe(partner);
  });

  it('the one who called, not the one called, holds the talks', () => {
    const got = kindsAndTitles(
      'de',
      'Macron habe am Samstag mit Bundespräsident Frank-Walter Steinmeier telefoniert.',
      '2023-07-01',
      [macron, steinmeier],
    );
    expect(got.find((c) => c.kind === 'talks')?.title).toMatch(
      /^Macron holds talks with Frank.Walter Steinmeier$/,
    );
  });
});
