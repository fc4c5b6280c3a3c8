import { describe, expect, it } from 'vitest';
import { timeStage } from './stage.ts';
import { article } from './test-article.ts';

const PUBLISHED = { date: '2019-04-23', precision: 'day', inferred: false } as const;

/** The day the second sentence of the paragraph is dated to. */
function dayOfSecond(lang: string, paragraph: [string, string]): string | undefined {
  return timeStage(article(lang, [paragraph], PUBLISHED)).sentences[1]?.when.start.slice(0, 10);
}

describe('a sentence opening with “thereby” is of the happening the sentence before named last', () => {
  it.each<[string, string, [string, string], string]>([
    [
      'NU.nl’s fifty dead “daarbij” are Christchurch’s of 15 March, not the day the minister spoke',
      'nl',
      [
        'Onderminister van Defensie Ruwan Wijewardene zei dinsdag in het parlement dat de aanslagen volgens het eerste onderzoek een vergelding waren voor de aanslagen op twee moskeeën in het Nieuw-Zeelandse Christchurch, op 15 maart.',
        'Daarbij kwamen vijftig mensen om het leven.',
      ],
      '2019-03-15',
    ],
    [
      'a German “Dabei starben” after a saying and the attack it names',
      'de',
      [
        'Der Minister sagte am Dienstag, die Anschläge seien eine Vergeltung für den Angriff in Christchurch am 15. März.',
        'Dabei starben 51 Menschen.',
      ],
      '2019-03-15',
    ],
    [
      'an English “In those attacks,” after a saying and the attacks it names',
      'en',
      [
        'The minister said on Tuesday the bombings were revenge for the attacks on two mosques in Christchurch on March 15.',
        'In those attacks, 51 people were killed.',
      ],
      '2019-03-15',
    ],
    [
      'a German “Dabei wirkte”, “and yet”, keeps the day of the sentence before',
      'de',
      [
        'Der Minister sagte am Dienstag, die Anschläge seien eine Vergeltung für den Angriff in Christchurch am 15. März.',
        'Dabei wirkte er gelassen.',
      ],
      '2019-04-23',
    ],
  ])('%s', (_name, lang, paragraph, day) => {
    expect(dayOfSecond(lang, paragraph)).toBe(day);
  });
});
