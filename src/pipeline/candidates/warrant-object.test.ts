/** Whom an arrest warrant befalls: the person it is for, not a name owning the issuer. */
import { describe, expect, it } from 'vitest';
import { patientIn } from './patient-fixture.ts';

describe('the person a warrant is for', () => {
  it.each<[string, string, string, string[], string | undefined]>([
    [
      'a warrant against González befalls González, not Maduro whose government issued it',
      "Maduro's government had issued an arrest warrant against González last week.",
      'issued',
      ['Maduro', 'González'],
      'González',
    ],
    [
      'a German warrant befalls the candidate it names after "gegen"',
      'Ein Gericht in Caracas hat am Montag einen Haftbefehl gegen den venezolanischen Oppositionskandidaten Edmundo González erlassen.',
      'Haftbefehl',
      ['Edmundo González'],
      'Edmundo González',
    ],
    [
      'a Dutch warrant befalls the person after "tegen", not the minister who announced it',
      'Minister Jan de Vries zei dat een arrestatiebevel tegen oppositieleider Maria Jansen werd uitgevaardigd.',
      'arrestatiebevel',
      ['Jan de Vries', 'Maria Jansen'],
      'Maria Jansen',
    ],
    [
      "a warrant for Maduro's rival befalls the rival, whom no name stands for",
      "The court issued a warrant for Maduro's rival on Monday.",
      'issued',
      ['Maduro'],
      undefined,
    ],
  ])('%s', (_, text, trigger, names, patient) => {
    expect(patientIn(text, trigger, names)).toBe(patient);
  });
});
