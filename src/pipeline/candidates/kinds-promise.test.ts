/** A promise of what will be done is a statement; a sum promised is no statement. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const KISHIDA: MentionSpec = ['Fumio Kishida', 'actor', 'kishida'];

describe('a promise that something will be done is what its speaker said', () => {
  it.each<[string, string, string, string[]]>([
    [
      'an English "promised … that"',
      'en',
      'Tuesday Prime Minister Fumio Kishida promised that the cause would be investigated.',
      ['statement'],
    ],
    [
      'a Dutch "beloofde … dat"',
      'nl',
      'Dinsdag beloofde premier Fumio Kishida dat de oorzaak onderzocht zou worden.',
      ['statement'],
    ],
    [
      'a German "versprach … dass"',
      'de',
      'Dienstag versprach Regierungschef Fumio Kishida, dass die Ursache untersucht werde.',
      ['statement'],
    ],
    ['a sum promised is no statement', 'en', 'Tuesday Fumio Kishida promised a further 200 million yen.', []],
  ])('%s', (_, lang, text, kinds) => {
    expect(kindsAndTitles(lang, text, '2024-01-02', [KISHIDA]).map((k) => k.kind)).toEqual(kinds);
  });
});
