/**
 * Sentences of the Utrecht tram shooting of March 2019 around the shooting itself: schools closed
 * and reopened, the "kans op een aanslag" a threat level stands for, read through the candidate
 * stage with data/event-lexicon.json.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

const read = (lang: string, text: string) => kindsAndTitles(lang, text, '2019-03-19');

describe('schools closed or reopened are titled so', () => {
  it.each([
    ['de', 'Schulen wurden aufgefordert, ihre Türen geschlossen zu halten.', 'Schools closed'],
    ['en', 'Tram services resumed on Tuesday and schools reopened.', 'Schools reopen'],
  ])('[%s] “%s” is “%s”', (lang, text, title) => {
    expect(read(lang, text).map((k) => k.title)).toContain(title);
  });
});

describe('an attack named as a chance is no attack', () => {
  it.each([
    [
      'nl',
      'In de rest van het land blijft het dreigingsniveau 4, dat betekent dat de kans op een aanslag reëel is.',
    ],
  ])('[%s] “%s”', (lang, text) => {
    expect(read(lang, text).map((k) => k.kind)).not.toContain('attack');
  });
});

describe('prosecutors who speak are the speakers', () => {
  it.each([
    ['en', 'Prosecutors said the letter was found in the car that the suspect had used to flee.'],
    ['en', 'Prosecutors said he was under investigation for rebellion and conspiracy.'],
  ])('[%s] “%s” is the prosecutors’ statement', (lang, text) => {
    expect(read(lang, text)).toContainEqual({ kind: 'statement', title: 'Prosecutors make a statement' });
  });
});
