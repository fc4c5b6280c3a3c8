/**
 * The suspects or the arrested named by a definite article and a number are counted: "die vier
 * Verdächtigen", "die drei Festgenommenen", "de vijf verdachten", "the four suspects" give the arrest
 * its figure and its title.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOfSentence, day } from './test-helpers.ts';

describe('suspects counted after a definite article', () => {
  it.each([
    [
      'a German "nahm die vier Verdächtigen fest" is an arrest of four',
      'de',
      'Am Montag nahm die Polizei die vier Verdächtigen fest.',
      'Am Montag',
      '4 people arrested',
      [4],
    ],
    [
      'a German "die drei Festgenommenen" brought before a judge are three remanded',
      'de',
      'Die drei Festgenommenen wurden am Dienstag einem Haftrichter vorgeführt.',
      'am Dienstag',
      '3 people remanded in custody',
      [3],
    ],
    [
      'a Dutch "hield de vijf verdachten aan" is an arrest of five',
      'nl',
      'De politie hield maandag de vijf verdachten aan.',
      'maandag',
      '5 people arrested',
      [5],
    ],
    [
      'an English "arrested the four suspects" is an arrest of four',
      'en',
      'Police arrested the four suspects on Monday.',
      'on Monday',
      '4 people arrested',
      [4],
    ],
  ])('%s', (_name, lang, text, phrase, title, values) => {
    const arrests = candidatesOfSentence(lang, { text, times: [day('2024-03-25', phrase)] }).filter(
      (c) => c.kind === 'arrest',
    );
    expect(arrests.map((c) => ({ title: c.title, values: c.figures.map((f) => f.value) }))).toEqual([
      { title, values },
    ]);
  });
});
