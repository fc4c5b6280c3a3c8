/** A name inside a description set off by commas is not whom the subject's happening befell. */
import { describe, expect, it } from 'vitest';
import { patientIn } from './patient-fixture.ts';

describe('the subject a description hangs on', () => {
  it.each<[string, string, string, string[], string | undefined]>([
    [
      "'X, the most prominent opponent of Y, died' is X's death",
      'Alexei Navalny, the most prominent opponent of Russian President Vladimir Putin, died on Friday in the Arctic penal colony.',
      'died',
      ['Alexei Navalny', 'Vladimir Putin'],
      'Alexei Navalny',
    ],
    [
      "a Dutch 'X, de bekendste tegenstander van Y, is overleden' is X's death",
      'Aleksej Navalny, de bekendste tegenstander van president Poetin, is vrijdag overleden.',
      'overleden',
      ['Aleksej Navalny', 'Poetin'],
      'Aleksej Navalny',
    ],
    [
      "a German 'X, der bekannteste Gegner von Y, starb' is X's death",
      'Alexej Nawalny, der bekannteste Gegner von Kremlchef Putin, starb am Freitag im Straflager.',
      'starb',
      ['Alexej Nawalny', 'Putin'],
      'Alexej Nawalny',
    ],
    [
      "a Dutch 'X, de oud-minister van Y, is zaterdag … gearresteerd' arrests X, however long the clause before the participle",
      'Anderson Torres, de voormalige minister van Justitie van oud-president Jair Bolsonaro, is zaterdag bij aankomst op het vliegveld van Brasília gearresteerd.',
      'gearresteerd',
      ['Anderson Torres', 'Jair Bolsonaro'],
      'Anderson Torres',
    ],
    [
      "a German 'X, der frühere Minister von Y, wurde am Samstag … festgenommen' arrests X",
      'Anderson Torres, der frühere Justizminister von Jair Bolsonaro, wurde am Samstag nach seiner Ankunft in Brasília festgenommen.',
      'festgenommen',
      ['Anderson Torres', 'Jair Bolsonaro'],
      'Anderson Torres',
    ],
    [
      "'X, a friend of Y, was arrested' arrests X",
      'Police said Ilya Yashin, a friend of Boris Nemtsov, was arrested in Moscow.',
      'arrested',
      ['Ilya Yashin', 'Boris Nemtsov'],
      'Ilya Yashin',
    ],
    [
      "a list 'X, Y and Z were arrested' keeps the nearest name",
      'Police detained Ilya Yashin, Oleg Orlov and Vladimir Kara-Murza on Saturday.',
      'detained',
      ['Ilya Yashin', 'Oleg Orlov', 'Vladimir Kara-Murza'],
      'Ilya Yashin',
    ],
  ])('%s', (_, text, trigger, names, patient) => {
    expect(patientIn(text, trigger, names)).toBe(patient);
  });
});
