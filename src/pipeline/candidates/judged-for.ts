/**
 * "The Rotterdam District Court sentenced Fouad L. to life in prison on Thursday for murdering
 * three people in two shootings in Rotterdam in September last year", "werd veroordeeld wegens de
 * aanslag", "wegen des Anschlags verurteilt": what a verdict is for is the crime it judges, told
 * again as its ground, no happening the sentence reports; the day the sentence gives is the
 * verdict's, and its court no actor of the crime.
 */
import type { TriggerHit } from './happenings.ts';

/** The kind that judges. */
const VERDICT = 'verdict';

/** "for", "wegens", "voor", "wegen" after the verdict, and no clause boundary from there to the crime. */
const GROUND = /(?<![\p{L}])(?:for|wegens|voor|wegen)\s[^,;:()]*$/iu;

/** The hits that are not the ground a verdict before them in the sentence is for. */
export function withoutJudgedFor(hits: TriggerHit[], text: string): TriggerHit[] {
  const verdict = hits.find((h) => h.kind === VERDICT);
  if (!verdict) return hits;
  return hits.filter(
    (h) =>
      h.kind === VERDICT ||
      h.kind === 'statement' ||
      h.start < verdict.end ||
      !GROUND.test(text.slice(verdict.end, h.start)),
  );
}
