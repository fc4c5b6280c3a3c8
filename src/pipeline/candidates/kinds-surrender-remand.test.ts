/**
 * After the Solingen knife attack of August 2024: a suspect who turns himself in, is remanded in
 * custody or has a warrant issued against him is arrested, in en, nl and de; an attack claimed
 * "für sich reklamiert"; "de dader van de steekpartij" names the attack without reporting it.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

const told = (lang: string, text: string) => kindsAndTitles(lang, text, '2024-08-25');

describe('a suspect’s surrender, remand and warrant', () => {
  it.each<[string, string, string]>([
    [
      'en',
      'The suspect, a 26-year-old Syrian man, turned himself in late on Saturday.',
      'Suspect surrenders to police',
    ],
    [
      'nl',
      'De vermoedelijke dader van de steekpartij heeft zichzelf gisteravond laat bij de politie gemeld.',
      'Suspect surrenders to police',
    ],
    [
      'de',
      'Der Mann hatte sich in der Nacht zum Sonntag einer Polizeistreife gestellt.',
      'Suspect surrenders to police',
    ],
    ['en', 'The man was remanded in custody on Sunday.', 'Suspect remanded in custody'],
    ['de', 'Der mutmaßliche Täter sitzt seit Sonntag in Untersuchungshaft.', 'Suspect remanded in custody'],
    ['de', 'Der mutmaßliche Täter muss nach der Tat in Untersuchungshaft.', 'Suspect remanded in custody'],
    [
      'de',
      'Ein Ermittlungsrichter erließ am Sonntag Haftbefehl gegen den 26-jährigen Syrer.',
      'Arrest warrant issued',
    ],
  ])('[%s] “%s” is “%s”', (lang, text, title) => {
    expect(told(lang, text)).toEqual([{ kind: 'arrest', title }]);
  });
});

describe('an attack claimed', () => {
  it('[de] “Die Terrormiliz hatte die Tat am Samstagabend für sich reklamiert.”', () => {
    expect(
      told('de', 'Die Terrormiliz hatte die Tat am Samstagabend für sich reklamiert.').map((k) => k.kind),
    ).toEqual(['claim']);
  });
});
