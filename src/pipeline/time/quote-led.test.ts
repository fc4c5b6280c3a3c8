/**
 * Which sentence around a quotation may date its saying: one that goes on with its speaker, not
 * one a new voice follows ('"…," seismologist Bjorn Lund said' after the blasts at 2:03 a.m.).
 */
import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';
import type { Lang } from './lexicon.ts';
import { afterOpeningQuote, speakerGoesOn, speakersNow } from './quote-led.ts';

describe('the words after a quotation that opens the sentence', () => {
  it.each<[string, string | undefined]>([
    ['"What a terrible act," he said.', ' he said.'],
    ['„Was für eine furchtbare Tat“, sagte Scholz.', ', sagte Scholz.'],
    ['"Libanon staat er niet alleen voor", zei hij.', ', zei hij.'],
    ['"It\'s my intention that the federal government will pay," he said.', ' he said.'],
    ['Scholz said it was "a terrible act".', undefined],
  ])('%s', (text, after) => {
    expect(afterOpeningQuote(text)).toBe(after);
  });
});

describe('a speaker the sentence beside it names', () => {
  it.each<[string, string, string, boolean, boolean]>([
    [
      'a pronoun goes on from the sentence before',
      '"What a terrible act," he said.',
      'Chancellor Olaf Scholz visited the site on Saturday and laid flowers.',
      true,
      true,
    ],
    [
      'the name written again goes on',
      '„Was für eine furchtbare Tat“, sagte Scholz.',
      'Bundeskanzler Olaf Scholz besuchte am Samstag den Tatort und legte Blumen nieder.',
      true,
      true,
    ],
    [
      'a new voice after a sentence on the blasts',
      '"There is no doubt that these were explosions," seismologist Bjorn Lund said.',
      'The Swedish National Seismic Network recorded a first blast of magnitude 2.1 at 2:03 a.m. on Monday.',
      true,
      false,
    ],
    [
      'a later sentence must name the speaker, a pronoun is not enough',
      '"The German language barely has words for the devastation," she said.',
      'In Schuld, the Ahr river swept away several houses on Wednesday night.',
      false,
      false,
    ],
    [
      'a later sentence naming the speaker again goes on',
      '"We must defend free and fair elections," Kishida said.',
      'Political parties suspended campaigning for the rest of the day, but Kishida said the election would go ahead.',
      false,
      true,
    ],
  ])('%s', (_name, quote, beside, pronouns, goesOn) => {
    expect(speakerGoesOn(afterOpeningQuote(quote) ?? '', beside, pronouns)).toBe(goesOn);
  });
});

describe('a “now” in the quotation a sentence opens with', () => {
  it.each<[string, Lang, string, string, boolean]>([
    [
      'is the speaker’s, who goes on from the sentence before',
      'en',
      '"Now the moment has come when blood could flow," Primakov said in a voice message.',
      'Wagner chief Yevgeny Primakov announced on Saturday evening that his columns would turn around.',
      true,
    ],
    [
      'is the speaker’s in German too',
      'de',
      '„Jetzt ist der Moment gekommen, an dem Blut fließen könnte“, sagte Prigoschin.',
      'Prigoschin erklärte am Samstagabend, seine Kolonnen würden umkehren.',
      true,
    ],
    [
      'of a new voice may be the report’s day',
      'en',
      '"For now we are assuming a terrorist motive," the prosecutors said in a statement.',
      'Three people were killed and seven wounded, three of them seriously.',
      false,
    ],
    [
      'outside the quotation is the report’s',
      'en',
      'Primakov said in a voice message that now the moment had come.',
      'Wagner chief Yevgeny Primakov announced on Saturday evening that his columns would turn around.',
      false,
    ],
  ])('%s: “%s”', (_, lang, text, before, speakers) => {
    const [now] = extractTimexes(text, { lang, dct: '2023-06-25' }).filter((t) => t.value === 'PRESENT_REF');
    if (!now) throw new Error(`no “now” in "${text}"`);
    expect(speakersNow({ text, paragraph: 'p1' }, now, { text: before, paragraph: 'p1' })).toBe(speakers);
  });
});
