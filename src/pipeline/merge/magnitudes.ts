/**
 * An earthquake's magnitude tells it apart: the 7.8 before dawn and the 7.5 "hours later" (or
 * "negen uur later") are two quakes, whatever places and day they share. A cluster keeps the one
 * magnitude its sentences give at its root and never joins a cluster giving another.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';

/**
 * "magnitude 7.5", "a 7.8 magnitude earthquake", "magnitude-7.8", "een kracht van 7,8", "der
 * Stärke 6,4": one decimal, as seismologists give it.
 */
const MAGNITUDE =
  /(?<![\p{L}])(?:magnitude|stärke|kracht\s+van)(?:\s+(?:of|von|van))?[\s-]+(\d(?:[.,]\d)?)(?![\d.,]\d)|(?<![\d.,])(\d[.,]\d)[\s-]+magnitude(?![\p{L}])/iu;

/** The magnitude a sentence gives, as tenths (7.8 → 78), cheapest test first. */
export function magnitudeOf(text: string): number | undefined {
  if (!(text.includes('agnitud') || text.includes('tärke') || text.includes('kracht'))) return undefined;
  const m = MAGNITUDE.exec(text);
  const written = m?.[1] ?? m?.[2];
  return written === undefined ? undefined : Math.round(Number(written.replace(',', '.')) * 10);
}

export class Magnitudes {
  private readonly magnitude: (number | undefined)[];

  constructor(candidates: readonly EventCandidate[]) {
    this.magnitude = candidates.map((c) => magnitudeOf(c.sentence.text));
  }

  /** Whether joining the clusters at roots a and b would make one quake of two magnitudes. */
  clash(a: number, b: number): boolean {
    const ma = this.magnitude[a];
    const mb = this.magnitude[b];
    return ma !== undefined && mb !== undefined && ma !== mb;
  }

  /** Keep the joined cluster's magnitude at its new root. */
  join(root: number, a: number, b: number): void {
    this.magnitude[root] = this.magnitude[a] ?? this.magnitude[b];
  }
}
