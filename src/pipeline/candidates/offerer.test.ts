/**
 * Who offers a resignation resigns: not the king it is offered to, however near the trigger he is
 * named, whether "to" marks him, a German dative does or he is the one met.
 */
import { describe, expect, it } from 'vitest';
import { patientIn } from './patient-fixture.ts';

describe('the one who offers a resignation', () => {
  it.each<[string, string, string[], string | undefined]>([
    [
      'Rutte met King Willem-Alexander at Huis ten Bosch palace on Saturday to tender the resignation of his cabinet.',
      'resignation',
      ['Rutte', 'King Willem-Alexander'],
      'Rutte',
    ],
    [
      'On Saturday Rut offered the resignation of the cabinet to king Willem-Alexander on palace Huis in the Forest.',
      'resignation',
      ['Rut', 'Willem-Alexander'],
      'Rut',
    ],
    [
      'Am Samstag bot Rutte König Willem-Alexander den Rücktritt seines Kabinetts an.',
      'bot',
      ['Rutte', 'König Willem-Alexander'],
      'Rutte',
    ],
    [
      'Premier Mark Rutte heeft zaterdag op paleis Huis ten Bosch het ontslag van zijn kabinet aangeboden aan koning Willem-Alexander.',
      'ontslag',
      ['Mark Rutte', 'Willem-Alexander'],
      'Mark Rutte',
    ],
    [
      'De premier bood het ontslag aan bij koning Willem-Alexander.',
      'ontslag',
      ['Willem-Alexander'],
      undefined,
    ],
  ])('in “%s” (trigger “%s”) it befell %s', (text, trigger, names, patient) => {
    expect(patientIn(text, trigger, names)).toBe(patient);
  });
});
