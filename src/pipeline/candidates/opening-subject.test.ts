/**
 * The name at a Dutch or German auxiliary is the subject; the one right before the participle at
 * the end is its object (opening-subject.ts).
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const PERU: MentionSpec = ['Peru', 'place', 'peru'];
const MONROY: MentionSpec = ['Pablo Monroy', 'unknown'];

describe('who acts in a Dutch or German perfect', () => {
  it.each<[string, string, MentionSpec[], string]>([
    [
      'nl',
      'Peru heeft dinsdag de Mexicaanse ambassadeur Pablo Monroy uitgezet.',
      [PERU, MONROY],
      'Peru expels diplomats',
    ],
    [
      'nl',
      'Dinsdag heeft Peru de Mexicaanse ambassadeur Pablo Monroy uitgezet.',
      [PERU, MONROY],
      'Peru expels diplomats',
    ],
    [
      'de',
      'Peru hat am Dienstag den mexikanischen Botschafter Pablo Monroy ausgewiesen.',
      [PERU, MONROY],
      'Peru expels diplomats',
    ],
  ])('[%s] “%s” is titled “%4$s”', (lang, text, mentions, title) => {
    const found = kindsAndTitles(lang, text, '2022-12-20', mentions);
    expect(found.filter((c) => c.kind === 'expulsion').map((c) => c.title)).toEqual([title]);
  });
});
