/** Someone at a happening ("was niet bij de uitvaart") is not whom it befell. */
import { describe, expect, it } from 'vitest';
import { patientIn } from './patient-fixture.ts';

describe('a person present at a happening', () => {
  it.each<[string, string, string, string[], string | undefined]>([
    [
      "'X was niet bij de uitvaart' is no funeral of X",
      'Zijn weduwe Julia Navalnaja, die in het buitenland woont, was niet bij de uitvaart.',
      'uitvaart',
      ['Julia Navalnaja'],
      undefined,
    ],
    [
      "'X attended the funeral of Y' is Y's funeral",
      'Lynne Tracy attended the funeral of Alexei Navalny in Moscow.',
      'funeral',
      ['Lynne Tracy', 'Alexei Navalny'],
      'Alexei Navalny',
    ],
    [
      "a German 'X war bei der Trauerfeier' is no funeral of X",
      'Alexander Lambsdorff war am Freitag bei der Trauerfeier in Moskau.',
      'Trauerfeier',
      ['Alexander Lambsdorff'],
      undefined,
    ],
    [
      "'X was buried' is still X's funeral",
      'Alexei Navalny was buried at the Borisovskoye cemetery.',
      'buried',
      ['Alexei Navalny'],
      'Alexei Navalny',
    ],
  ])('%s', (_, text, trigger, names, patient) => {
    expect(patientIn(text, trigger, names)).toBe(patient);
  });
});
