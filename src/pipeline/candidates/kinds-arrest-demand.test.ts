/**
 * A crowd calling for someone's arrest has arrested no one, and a union that "called an indefinite
 * general strike" made a call, not a strike: in English, Dutch and German.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a call for an arrest is no arrest', () => {
  it.each([
    [
      'en',
      'Thousands of protesters gathered in central Seoul on Wednesday evening, chanting for his arrest.',
    ],
    ['en', 'Opposition lawmakers demanded the immediate arrest of the president on Thursday.'],
    ['nl', 'Duizenden demonstranten eisten woensdagavond de arrestatie van de president.'],
    ['de', 'Tausende Demonstranten forderten am Mittwochabend die Festnahme des Präsidenten.'],
  ])('[%s] “%s” arrests no one', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-12-05').map((f) => f.kind)).not.toContain('arrest');
  });

  it('an arrest told plainly is still an arrest', () => {
    const found = kindsAndTitles(
      'en',
      'Police arrested the former defence minister on Sunday.',
      '2024-12-09',
    );
    expect(found.map((f) => f.kind)).toContain('arrest');
  });
});

describe('a union calling a strike', () => {
  it('“called an indefinite general strike” is a call for a strike', () => {
    const found = kindsAndTitles(
      'en',
      "The Korean Confederation of Trade Unions, the country's largest umbrella union, called an indefinite general strike until Yoon resigns.",
      '2024-12-04',
      [['Korean Confederation of Trade Unions', 'actor', 'kctu']],
    );
    expect(found).toContainEqual({
      kind: 'call',
      title: 'Korean Confederation of Trade Unions calls for a strike',
    });
  });
});
