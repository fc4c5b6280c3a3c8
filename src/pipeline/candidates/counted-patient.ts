/**
 * Where a sentence counts whom a happening befell, the count is its patient, not a person the
 * sentence names beside it (candidate.ts keeps the person out).
 */
import type { Mention } from '../types.ts';
import type { PlacedFigure } from './figures.ts';
import type { TriggerHit } from './happenings.ts';

/** A count of more than one, of its own: "veertien mensen", not "five more bodies". */
export function countsMany(f: PlacedFigure): boolean {
  return !f.more && f.figure.value > 1;
}

/** Between a count and its passive verb: its noun and an auxiliary ("400 people were detained"). */
const SUBJECT_GAP = /^(?:\s+\p{L}+){0,3}\s+$/u;

/** Characters between a verb and the count that is its object: "arrested 62 people". */
const OBJECT_REACH = 12;

/**
 * "Dutch police arrested 62 people after … a match between Ajax and Maccabi": for a kind whose count
 * is of those it befell, the count right after the verb, or within its words ("hield 38 betogers
 * aan"), is whom it befell; a name after it is not.
 */
export function countedObject(h: TriggerHit, patient: Mention, figures: readonly PlacedFigure[]): boolean {
  return figures.some(
    (f) => countsMany(f) && f.start >= h.start && f.start - h.end <= OBJECT_REACH && patient.start >= f.end,
  );
}

/**
 * "honderden mensen opgepakt die bloemen legden ter nagedachtenis aan … Navalny", "400 people were
 * detained at memorials for Navalny": the count right before the verb is whom it befell, and a
 * person named after the verb is someone the sentence speaks of. So is one named after a toll split
 * by place ("Three people died in Chittagong, two in Dhaka and one in Rangpur, where a student, Abu
 * Sayed, was shot").
 */
export function countedSubject(
  h: TriggerHit,
  patient: Mention,
  figures: readonly PlacedFigure[],
  text: string,
): boolean {
  return (
    patient.start > h.end &&
    figures.some((f) => countsMany(f) && f.end <= h.start && SUBJECT_GAP.test(text.slice(f.end, h.start)))
  );
}
