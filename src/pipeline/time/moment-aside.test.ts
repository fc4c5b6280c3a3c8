/** A time in an aside naming the moment of an earlier happening dates that happening only. */
import { describe, expect, it } from 'vitest';
import { momentAside } from './moment-aside.ts';

const at = (sentence: string, phrase: string) => {
  const start = sentence.indexOf(phrase);
  return { start, end: start + phrase.length };
};

describe('the moment a commemoration recalls', () => {
  it.each([
    [
      'At 14.46 clock local time, exactly in the moment in which last Friday the earth trembled, the people in the whole country held one minute of silence.',
      'last Friday',
    ],
    [
      'Um 12.51 Uhr Ortszeit, dem Zeitpunkt des Bebens vom Freitag, hielt das Land am Dienstag eine Schweigeminute ab.',
      'Freitag',
    ],
    ['Om 8.30 uur, het tijdstip van de aanslag van zondag, werd drie minuten stilte gehouden.', 'zondag'],
  ])('in “%s”, “%s” dates the moment recalled, not the silence', (sentence, phrase) => {
    expect(momentAside(sentence, at(sentence, phrase))).toBeDefined();
  });

  it.each([
    ['Police said on Friday, two days after the attack, that the suspect was in custody.', 'on Friday'],
    ['The court, which met on Monday, ordered his release.', 'on Monday'],
  ])('in “%s”, “%s” is no moment recalled', (sentence, phrase) => {
    expect(momentAside(sentence, at(sentence, phrase))).toBeUndefined();
  });
});
