import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

describe('a night counted in a row is the night before the report', () => {
  it.each([
    [
      "water cannon 'for a second night in a row' in an article of Saturday 30 November 2024 was fired in the night to the 30th",
      'en',
      'Police fired water cannon at protesters in Tbilisi for a second night in a row.',
      'a second night in a row',
      '2024-11-29TNI',
    ],
    [
      "'for the third straight night' is last night",
      'en',
      'Thousands rallied outside parliament for the third straight night.',
      'the third straight night',
      '2024-11-29TNI',
    ],
    [
      "a Dutch 'voor de tweede nacht op rij' is last night",
      'nl',
      'In Tbilisi is het voor de tweede nacht op rij onrustig geweest.',
      'de tweede nacht op rij',
      '2024-11-29TNI',
    ],
    [
      "a German 'in der dritten Nacht in Folge' is last night",
      'de',
      'In der dritten Nacht in Folge gingen Tausende auf die Straße.',
      'der dritten Nacht in Folge',
      '2024-11-29TNI',
    ],
    [
      "'for a second night' without 'in a row' counts the nights too",
      'en',
      'Protesters clashed with police in Athens for a second night.',
      'a second night',
      '2024-11-29TNI',
    ],
    [
      "'for a fourth consecutive night' in a future sentence is tonight",
      'en',
      'Protesters will gather for a fourth consecutive night.',
      'a fourth consecutive night',
      '2024-11-30TNI',
    ],
  ] as const)('%s', (_name, lang, sentence, text, value) => {
    const found = extractTimexes(sentence, { lang, dct: '2024-11-30' });
    expect(found.map((t) => [t.text, t.value])).toContainEqual([text, value]);
  });

  it("'the second night' without 'in a row' is left to the other rules", () => {
    const found = extractTimexes('It was the second night of the festival.', {
      lang: 'en',
      dct: '2024-11-30',
    });
    expect(found.map((t) => t.value)).not.toContain('2024-11-29TNI');
  });
});
