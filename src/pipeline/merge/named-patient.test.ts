/**
 * A cluster whose first report describes whom its arrest befell ("Police arrested a 32-year-old
 * Norwegian man") and a later one names ("Breivik surrendered") is the named person's arrest: "the
 * suspect gave himself up" may join it then, as it may join any arrest of a person named.
 */
import { describe, expect, it } from 'vitest';
import { day, sentence } from '../candidates/test-helpers.ts';
import { SUSPECT } from '../candidates/described-patient.ts';
import { featuresOf } from './features.ts';
import { Patients } from './patients.ts';
import { testCandidate } from './test-candidate.ts';

const arrestOf = (patient: string) =>
  featuresOf(
    testCandidate(sentence({ text: 'Police arrested him on Friday.' }), day('2011-07-22'), {
      kind: 'arrest',
      patient,
    }),
  );

describe('the person a cluster’s arrest befell', () => {
  it.each<[string, string, string, boolean]>([
    [
      'a 32-year-old, then Breivik, may be the suspect who gave himself up',
      'described:age-32',
      'anders-behring-breivik',
      false,
    ],
    [
      'a 32-year-old, then a 15-year-old, is no suspect of one arrest',
      'described:age-32',
      'described:age-15',
      true,
    ],
    [
      'a 32-year-old, then a name no list holds, stays the 32-year-old',
      'described:age-32',
      'name:muslim',
      true,
    ],
  ])('%s', (_, first, second, clash) => {
    const patients = new Patients([arrestOf(first), arrestOf(second), arrestOf(SUSPECT)]);
    if (!patients.clash(0, 1)) patients.join(0, 0, 1);
    expect(patients.clash(0, 2)).toBe(clash);
  });
});
