/**
 * A sentence that names the speech it tells of ("In a televised address on Friday, Tokayev said
 * …") reports the speech: what the speaker said had happened is its content, no attack of its own
 * before that Friday. So is the "He said …" that goes on with it.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './stage.ts';
import { article, type MentionSpec } from './test-helpers.ts';

/** Each text with the speaker's name, where it names one, as the actor it is. */
function kindsOfLast(lang: string, texts: string[]): string[] {
  const doc = article(
    'doc',
    lang,
    texts.map((text) => {
      const name = /Tokayev|Tokaev|Tokajew|Tokajev/.exec(text)?.[0];
      const mentions: MentionSpec[] = name ? [[name, 'actor', 'tokayev']] : [];
      return { text, paragraph: 'p1', mentions };
    }),
  );
  const last = doc.sentences.at(-1)?.id;
  return extractCandidates(doc)
    .filter((c) => c.sentence.id === last)
    .map((c) => c.kind);
}

describe('what a speech said had happened', () => {
  it.each<[string, string, string[], string[]]>([
    [
      '“In a televised address on Friday, Tokayev said Almaty had been attacked” tells the address',
      'en',
      ['In a televised address on Friday, Tokayev said Almaty had been attacked by 20,000 bandits.'],
      ['statement'],
    ],
    [
      '“He said some 20,000 “bandits” had attacked Almaty” goes on with the address before it',
      'en',
      [
        'In a televised address, Tokaev thanked Russian President Vladimir Putin and the leaders of the other CSTO countries for their help.',
        'He said some 20,000 "bandits" had attacked Almaty.',
      ],
      ['statement'],
    ],
    [
      'a Dutch “televisietoespraak” in which bandits “hadden aangevallen” tells the address',
      'nl',
      ['In een televisietoespraak zei Tokajev vrijdag dat 20.000 bandieten Almaty hadden aangevallen.'],
      ['statement'],
    ],
    [
      'a German “Fernsehansprache” in which bandits “hätten angegriffen” tells the address',
      'de',
      ['In einer Fernsehansprache sagte Tokajew am Freitag, 20.000 Banditen hätten Almaty angegriffen.'],
      ['statement'],
    ],
  ])('%s', (_name, lang, texts, kinds) => {
    expect(kindsOfLast(lang, texts)).toEqual(kinds);
  });

  it.each<[string, string, string[]]>([
    [
      'police who said gunmen “had attacked” name no speech: the attack is told',
      'en',
      ['Police said on Friday that gunmen had attacked a police station in Almaty.'],
    ],
    [
      '“He said” after a sentence naming no speech tells the attack',
      'en',
      ['The governor visited the city on Friday.', 'He said gunmen had attacked a police station.'],
    ],
  ])('%s', (_name, lang, texts) => {
    expect(kindsOfLast(lang, texts)).toContain('attack');
  });
});
