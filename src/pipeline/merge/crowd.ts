/**
 * A person befallen and a counted crowd are two happenings, unless the person's report counts that
 * very crowd with him ("A jet carrying Prigozhin crashed …, killing all 10 people on board"): then
 * a report of the ten dead ("Alle zehn Toten des Flugzeugabsturzes") tells the same crash.
 */
import { ANOTHER, DESCRIBED } from '../candidates/described-patient.ts';
import type { MergeFeatures } from './features.ts';

/** The patient of a report that counts whom it befell. */
export const MANY = 'many';

/** A person named by a report, not one described ("the suspect"), added with "also", nor a counted crowd. */
export function named(patient: string): boolean {
  return patient !== MANY && patient !== ANOTHER && !patient.startsWith(DESCRIBED);
}

/** One patient is a crowd, the other a person named. */
export function crowdAndPerson(a: string | undefined, b: string | undefined): boolean {
  return (a === MANY && b !== undefined && named(b)) || (b === MANY && a !== undefined && named(a));
}

const NONE: readonly string[] = [];

/**
 * Each exact figure of a report, as what befell them and how many: "10 people killed" and "10
 * occupants killed" are one crowd.
 */
export function figureKeys(f: MergeFeatures): readonly string[] {
  if (f.figureCounts.length === 0) return NONE;
  const keys: string[] = [];
  for (let i = 0; i < f.figureCounts.length; i++) {
    const counts = f.figureCounts[i] as string;
    if (!f.figureVague[i])
      keys.push(`${counts.slice(counts.lastIndexOf(' ') + 1)}\u0000${f.figureValues[i] as number}`);
  }
  return keys;
}

export function shareKey(a: readonly string[], b: readonly string[]): boolean {
  return a.some((k) => b.includes(k));
}

/** A crowd and a person whose reports count the same crowd: one happening. */
export function sameCrowd(a: MergeFeatures, b: MergeFeatures): boolean {
  return crowdAndPerson(a.patient, b.patient) && shareKey(figureKeys(a), figureKeys(b));
}
