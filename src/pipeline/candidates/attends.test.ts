/** Someone at a happening ("was niet bij de uitvaart") is not whom it befell. */
import { describe, expect, it } from 'vitest';
import { patientIn } from './patient-fixture.ts';
import { candidatesOf } from './test-helpers.ts';

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

describe('a crowd counted at a funeral', () => {
  it.each<[string, string, string | undefined]>([
    ['de', 'Hunderte Menschen nahmen an der Trauerfeier in einer Moschee teil.', undefined],
    ['en', 'Thousands of mourners attended the funeral in Nanterre.', undefined],
    ['nl', 'Duizenden mensen woonden de uitvaart in Nanterre bij.', undefined],
    ['en', 'In Derna 23 people were buried on Thursday.', 'many'],
  ])('%s: in “%s” the funeral befalls %s', (lang, text, patient) => {
    const funeral = candidatesOf(lang, text, '2023-07-01', []).find((c) => c.kind === 'funeral');
    expect(funeral?.patient).toBe(patient);
  });
});
