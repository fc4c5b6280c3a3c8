/** The count right before a verb is whom it befell, not a name the sentence goes on to speak of. */
import { describe, expect, it } from 'vitest';
import { candidatesOf, type MentionSpec } from './test-helpers.ts';

const NAVALNY: MentionSpec = ['Navalny', 'actor', 'navalny'];
const NAWALNY: MentionSpec = ['Nawalny', 'actor', 'navalny'];

function arrest(lang: string, text: string, mentions: MentionSpec[]) {
  const c = candidatesOf(lang, text, '2024-02-18', mentions).find((x) => x.kind === 'arrest');
  return { title: c?.title, patient: c?.patient };
}

describe('a crowd counted before the verb', () => {
  it.each<[string, string, MentionSpec[], string]>([
    [
      'nl',
      'In Rusland zijn sinds vrijdag honderden mensen opgepakt die bloemen legden ter nagedachtenis aan oppositieleider Aleksej Navalny.',
      [NAVALNY],
      'Hundreds of people arrested',
    ],
    [
      'en',
      'Police said 366 people were detained at memorials for Alexei Navalny.',
      [NAVALNY],
      '366 people arrested',
    ],
    [
      'de',
      'In ganz Russland wurden 400 Menschen festgenommen, die Blumen für Alexej Nawalny niederlegten.',
      [NAWALNY],
      '400 people arrested',
    ],
  ])('in %s, “%s” befell the crowd, not Navalny', (lang, text, mentions, title) => {
    expect(arrest(lang, text, mentions)).toEqual({ title, patient: 'many' });
  });
});
