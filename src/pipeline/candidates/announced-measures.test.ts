/**
 * What a leader announces or an office calls for has not happened yet: "kündigte ein entschlossenes
 * Vorgehen gegen die Demonstranten an" is a statement, no crackdown; "riep dinsdag op tot een
 * onafhankelijk onderzoek" calls for an inquiry, it opens none.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('a crackdown announced and an inquiry called for', () => {
  it.each<[string, string, string, string, boolean]>([
    [
      'a president announcing decisive action reports no crackdown',
      'de',
      'Präsident Ebrahim Raisi kündigte am Samstag ein entschlossenes Vorgehen gegen die Demonstranten an.',
      'crackdown',
      false,
    ],
    [
      'politicians demanding firmer action against online hate report no crackdown',
      'de',
      'Politiker von SPD, Grünen und Linken fordern nun mehr Personal für den Verfassungsschutz und ein schärferes Vorgehen gegen Hass im Netz.',
      'crackdown',
      false,
    ],
    [
      'a crackdown told as done is still one',
      'de',
      'Die Polizei ging am Samstag mit Tränengas gegen die Demonstranten vor.',
      'crackdown',
      true,
    ],
    [
      'a Dutch office calling on Tuesday for an inquiry opens none',
      'nl',
      'Het mensenrechtenbureau van de VN riep dinsdag op tot een onafhankelijk onderzoek naar haar dood.',
      'investigation',
      false,
    ],
    [
      'an inquiry opened is still one',
      'nl',
      'Het Openbaar Ministerie is dinsdag een onderzoek naar haar dood begonnen.',
      'investigation',
      true,
    ],
  ])('%s', (_, lang, text, kind, reported) => {
    expect(kindsAndTitles(lang, text, '2022-09-24').some((c) => c.kind === kind)).toBe(reported);
  });
});
