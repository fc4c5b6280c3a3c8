import { describe, expect, it } from 'vitest';
import { extractTimexes } from './extract.ts';

describe('the day of a strike called for, in an article of Friday 14 November 2025', () => {
  it.each([
    [
      'a Dutch opposition that "heeft voor maandag een algemene staking uitgeroepen" strikes on the Monday ahead',
      'nl',
      'De Georgische oppositie heeft voor maandag een algemene staking uitgeroepen.',
      'maandag',
      '2025-11-17',
    ],
    [
      "unions that 'riepen op tot een algemene staking op maandag' call a strike for the Monday ahead",
      'nl',
      'Donderdagavond riepen de oppositiealliantie en twee vakbonden op tot een algemene staking op maandag.',
      'maandag',
      '2025-11-17',
    ],
    [
      'a general strike called "for Monday" in English lies ahead',
      'en',
      'The opposition alliance and two trade unions called a general strike for Monday.',
      'Monday',
      '2025-11-17',
    ],
    [
      "a German opposition that 'rief für Montag zu einem Generalstreik auf' strikes on the Monday ahead",
      'de',
      'Die Opposition rief für Montag zu einem Generalstreik auf.',
      'Montag',
      '2025-11-17',
    ],
    [
      "a German 'Aufruf zum Streik am Montag' lies ahead",
      'de',
      'Die Gewerkschaften haben zu einem Streik am Montag aufgerufen.',
      'Montag',
      '2025-11-17',
    ],
    [
      "young people who 'roepen op om donderdag opnieuw de straat op te gaan' take to the streets on the Thursday ahead",
      'nl',
      'De jongeren die de protesten organiseren, roepen op om donderdag opnieuw de straat op te gaan.',
      'donderdag',
      '2025-11-20',
    ],
    [
      "organisers who 'riefen dazu auf, am Donnerstag erneut zu demonstrieren' march on the Thursday ahead",
      'de',
      'Die Organisatoren riefen dazu auf, am Donnerstag erneut zu demonstrieren.',
      'Donnerstag',
      '2025-11-20',
    ],
    [
      "organisers who 'urged supporters to march again on Thursday' march on the Thursday ahead",
      'en',
      'The organisers urged supporters to march again on Thursday.',
      'Thursday',
      '2025-11-20',
    ],
    [
      "a leader who 'called the storming treasonous and went to parliament on Tuesday' went there in the past",
      'en',
      'Ruto, who called the storming treasonous, went to parliament on Tuesday.',
      'Tuesday',
      '2025-11-11',
    ],
    [
      "a call made on Monday ('riep maandag op tot een staking') stays in the past",
      'nl',
      'De vakbond riep maandag op tot een staking.',
      'maandag',
      '2025-11-10',
    ],
    [
      "a call about Monday's clashes ('called for Monday's violence to be investigated') looks back",
      'en',
      "The ombudsman called for Monday's violence to be investigated.",
      'Monday',
      '2025-11-10',
    ],
    [
      'a past strike on Monday without a call stays in the past',
      'nl',
      'Op maandag werd in het hele land gestaakt.',
      'maandag',
      '2025-11-10',
    ],
  ])('%s', (_name, lang, sentence, text, value) => {
    const found = extractTimexes(sentence, { lang, dct: '2025-11-14' });
    expect(found.find((t) => t.text === text)?.value, found.map((t) => t.text).join(', ')).toBe(value);
  });
});
