/**
 * The object of a verb of saying names what is spoken of, no happening of its own: "noemde de
 * aanval verwerpelijk", "hat die Explosionen als Kriegserklärung bezeichnet".
 */
import type { TriggerHit } from './happenings.ts';
import { blamedFor } from './blamed-for.ts';
import { inObjectRelative } from './object-relative.ts';

/**
 * Up to four words between the verb and its object: an article and adjectives ("condemned the
 * deadly attack"), or in Dutch and German the subject ("noemde minister Ernst Kuipers de aanval").
 */
const OBJECT_GAP = /^\s+(?:[\p{L}'’-]+\s+){0,4}$/u;

/**
 * A verb's object before it, in a clause that ends with the verb: up to six words between, or what
 * "als" calls it, however long ("den Anschlag als das größte Versagen des Secret Service seit
 * Jahrzehnten bezeichnet").
 */
const OBJECT_BEFORE = /^\s+(?:(?:[\p{L}'’"„“”-]+\s+){0,6}|als\s+(?:[\p{L}'’"„“”-]+\s+){0,12})$/u;

/**
 * The hits that are not the object of a statement verb: after it ("noemde de aanval
 * verwerpelijk"), where the verb comes last, before it ("hat die Explosionen als
 * Kriegserklärung bezeichnet"), or between a separable verb and its particle ("schließt einen
 * Cyberangriff … aus", "sluit een cyberaanval uit").
 */
export function withoutSpokenOf(
  hits: TriggerHit[],
  aboutEnds: number[],
  finalAbout: number[],
  aboutSpans: [number, number][],
  text: string,
): TriggerHit[] {
  return hits.filter(
    (h) =>
      h.kind === 'statement' ||
      !(
        aboutEnds.some((end) => h.start >= end && OBJECT_GAP.test(text.slice(end, h.start))) ||
        finalAbout.some((start) => h.end <= start && OBJECT_BEFORE.test(text.slice(h.end, start))) ||
        aboutSpans.some(([start, end]) => h.start > start && h.end <= end) ||
        aboutEnds.some((end) => h.start >= end && (blamedFor(text, end, h) || inObjectRelative(text, end, h)))
      ),
  );
}
