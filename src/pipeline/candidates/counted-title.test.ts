/**
 * A trigger's title written for one suspect ("Suspect remanded in custody") says how many when the
 * happening's own figure counts more than one.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

const told = (lang: string, text: string) => kindsAndTitles(lang, text, '2023-02-25');

describe('a title for one suspect counts the many it befell', () => {
  it.each<[string, string, string]>([
    [
      'de',
      'Die Behörden ermitteln inzwischen gegen mehr als 600 Menschen wegen eingestürzter Gebäude, 184 von ihnen sitzen in Untersuchungshaft.',
      '184 people remanded in custody',
    ],
    ['en', 'On Friday twelve suspects were remanded in custody.', '12 people remanded in custody'],
    ['nl', 'Inmiddels zitten drie verdachten in voorlopige hechtenis.', '3 people remanded in custody'],
    ['en', 'On Saturday two suspects surrendered to police.', '2 people surrender to police'],
    ['de', 'Am Sonntag haben sich zwei Verdächtige der Polizei gestellt.', '2 people surrender to police'],
    ['en', 'The man was remanded in custody on Sunday.', 'Suspect remanded in custody'],
    ['de', 'Der mutmaßliche Täter sitzt seit Sonntag in Untersuchungshaft.', 'Suspect remanded in custody'],
  ])('[%s] “%s” is “%s”', (lang, text, title) => {
    expect(told(lang, text).map((k) => k.title)).toEqual([title]);
  });
});
