/**
 * An apology is a statement of its own: its title says so, in all three languages, while
 * "excuses" in English is no apology.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const MITSOTAKIS: MentionSpec = ['Kyriakos Mitsotakis', 'actor', 'kyriakos-mitsotakis'];

describe('a head of government who apologises is titled so', () => {
  it.each<[string, string, string]>([
    [
      'en',
      'Kyriakos Mitsotakis has apologised to the families of the victims of the train crash on Sunday.',
      'Kyriakos Mitsotakis apologises',
    ],
    [
      'en',
      'On Sunday Kyriakos Mitsotakis apologized for the failures of the state.',
      'Kyriakos Mitsotakis apologises',
    ],
    ['nl', 'Afgelopen zondag bood Kyriakos Mitsotakis zijn excuses aan.', 'Kyriakos Mitsotakis apologises'],
    [
      'nl',
      'Kyriakos Mitsotakis heeft gisteren zijn excuses aangeboden aan de nabestaanden.',
      'Kyriakos Mitsotakis apologises',
    ],
    [
      'de',
      'Ministerpräsident Kyriakos Mitsotakis hatte am Sonntag um Entschuldigung gebeten.',
      'Kyriakos Mitsotakis apologises',
    ],
    [
      'de',
      'Kyriakos Mitsotakis entschuldigte sich am Sonntag bei den Angehörigen.',
      'Kyriakos Mitsotakis apologises',
    ],
  ])('[%s] “%s” is titled “%s”', (lang, text, title) => {
    expect(kindsAndTitles(lang, text, '2023-03-05', [MITSOTAKIS]).map((c) => c.title)).toContain(title);
  });

  it('[en] a speaker who says there are no excuses makes a statement, no apology', () => {
    const found = kindsAndTitles(
      'en',
      'Kyriakos Mitsotakis said on Sunday there were no excuses for the delays.',
      '2023-03-05',
      [MITSOTAKIS],
    );
    expect(found.map((c) => c.title)).toEqual(['Kyriakos Mitsotakis makes a statement']);
  });
});
