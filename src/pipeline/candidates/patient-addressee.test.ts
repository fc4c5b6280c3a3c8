/**
 * "to" before a name: the one something is handed to ("offered his resignation to King …") is no
 * patient, but the one a verb after "to" acts on ("the attempt to impeach …") is.
 */
import { describe, expect, it } from 'vitest';
import { patientIn } from './patient-fixture.ts';

describe('a name after "to"', () => {
  it.each<[string, string, string[], string | undefined]>([
    [
      'The first attempt to impeach Yoon Suk Yeol failed on Saturday after almost all members of his party walked out of the chamber.',
      'attempt',
      ['Yoon Suk Yeol'],
      'Yoon Suk Yeol',
    ],
    [
      'Der Versuch, Yoon Suk Yeol abzusetzen, ist am Samstag gescheitert.',
      'Versuch',
      ['Yoon Suk Yeol'],
      'Yoon Suk Yeol',
    ],
    [
      'Mark Rutte offered his resignation to King Willem-Alexander.',
      'resignation',
      ['Mark Rutte', 'King Willem-Alexander'],
      'Mark Rutte',
    ],
    [
      'De premier bood het ontslag aan bij koning Willem-Alexander.',
      'ontslag',
      ['Willem-Alexander'],
      undefined,
    ],
    ['The general handed power to his deputy Anna Schmidt on Monday.', 'handed', ['Anna Schmidt'], undefined],
  ])('in “%s” (trigger “%s”) it befell %s', (text, trigger, names, patient) => {
    expect(patientIn(text, trigger, names)).toBe(patient);
  });
});
