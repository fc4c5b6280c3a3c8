/**
 * Whom an arrest befell when no name says it: the suspect who gave himself up or whom the clause
 * names by the definite noun in the singular ("the suspect", "de verdachte", "den Verdächtigen"),
 * or someone the report introduces by age alone ("einen 15-Jährigen").
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, candidatesOfSentence, day } from './test-helpers.ts';

describe('the person an arrest befell, described rather than named', () => {
  it.each<[string, string, string | undefined]>([
    ['de', 'Samstag nahm die Polizei einen 15-Jährigen fest.', 'described:age-15'],
    ['en', 'Saturday police arrested a 15-year-old in connection with the attack.', 'described:age-15'],
    ['nl', 'Zaterdag werd een 15-jarige aangehouden.', 'described:age-15'],
    ['de', 'Samstag hatte sich der Mann einer Polizeistreife gestellt.', 'described:suspect'],
    ['en', 'Saturday the suspect, a 26-year-old Syrian man, turned himself in.', 'described:suspect'],
    ['nl', 'Zaterdag heeft de vermoedelijke dader zichzelf bij de politie gemeld.', 'described:suspect'],
    ['en', 'Saturday police arrested the suspect.', 'described:suspect'],
    [
      'nl',
      'Zaterdag werd de verdachte op het helikopterplatform van het ziekenhuis aangehouden.',
      'described:suspect',
    ],
    [
      'de',
      'Samstag nahm die Polizei den Verdächtigen auf dem Hubschrauberlandeplatz fest.',
      'described:suspect',
    ],
    ['de', 'Samstag wurde der mutmaßliche Täter festgenommen.', 'described:suspect'],
    ['en', 'Saturday police arrested the suspects.', undefined],
    ['nl', 'Zaterdag werden de daders aangehouden.', undefined],
  ])('[%s] “%s”', (lang, text, patient) => {
    const arrests = candidatesOf(lang, text, '2024-08-24').filter((c) => c.kind === 'arrest');
    expect(arrests.map((c) => c.patient)).toEqual([patient]);
  });

  it('a teenager among the dead is counted by the toll, not told apart from it', () => {
    const deaths = candidatesOf('en', 'Saturday a 15-year-old was killed.', '2024-08-24').filter(
      (c) => c.kind === 'death',
    );
    expect(deaths.map((c) => c.patient)).not.toContain('described:age-15');
  });

  it.each<[string, string, string, string | undefined]>([
    [
      'de',
      'Auch der frühere Kommandeur der Militärpolizei wurde am Dienstag festgenommen.',
      'am Dienstag',
      'another',
    ],
    [
      'de',
      'Der frühere Kommandeur der Militärpolizei wurde am Dienstag ebenfalls festgenommen.',
      'am Dienstag',
      'another',
    ],
    [
      'en',
      'The former commander of the military police was also arrested on Tuesday.',
      'on Tuesday',
      'another',
    ],
    [
      'nl',
      'Ook de voormalige commandant van de militaire politie werd dinsdag opgepakt.',
      'dinsdag',
      'another',
    ],
    [
      'nl',
      'De voormalige commandant van de militaire politie werd dinsdag ook opgepakt.',
      'dinsdag',
      'another',
    ],
    [
      'de',
      'Der frühere Kommandeur der Militärpolizei wurde am Dienstag festgenommen.',
      'am Dienstag',
      undefined,
    ],
    ['nl', 'Ook in Rotterdam werd dinsdag een man opgepakt.', 'dinsdag', undefined],
  ])('[%s] “%s”: someone added with “also” is %s', (lang, text, phrase, patient) => {
    const arrests = candidatesOfSentence(lang, { text, times: [day('2023-01-10', phrase)] }).filter(
      (c) => c.kind === 'arrest',
    );
    expect(arrests.map((c) => c.patient)).toEqual([patient]);
  });
});

describe('the suspect found dead, described rather than named', () => {
  it.each<[string, string, string | undefined]>([
    [
      'de',
      'Der mutmaßliche Täter wurde später tot in seiner Wohnung gefunden, neben ihm seine Mutter.',
      'described:suspect',
    ],
    [
      'nl',
      'De vermoedelijke dader, een 43-jarige Duitser, is later dood aangetroffen in zijn woning.',
      'described:suspect',
    ],
    ['en', 'The gunman was later found dead at his home.', 'described:suspect'],
    // A victim found dead is counted by the toll: the suspect only opens the sentence as its subject.
    ['en', 'A 15-year-old was later found dead at his home.', undefined],
    ['nl', 'Een vrouw is later dood aangetroffen in haar woning.', undefined],
  ])('[%s] “%s”', (lang, text, patient) => {
    const deaths = candidatesOf(lang, text, '2020-02-20').filter((c) => c.kind === 'death');
    expect(deaths.map((c) => c.patient)).toEqual([patient]);
  });
});
