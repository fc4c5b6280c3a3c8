/**
 * A toll joins the happening it counts: the seven killed in an airstrike "hours after the quake"
 * are not among the quake's dead, however much the reports share (the quake, the day, the
 * country). A cluster keeps whether its dead were killed by nature (a quake, a flood) or by an
 * attack, and never joins a cluster whose dead the other killed.
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { kindTraits } from '../candidates/kind-traits.ts';

const NATURE = 1;
const VIOLENCE = 2;

/** Kinds of what killed the dead (or the kind they meet as): those of nature, those of violence. */
const CLASS_OF = new Map([
  ['disaster', NATURE],
  ['attack', VIOLENCE],
]);

function classOf(killer: string | undefined): number {
  if (killer === undefined) return 0;
  return CLASS_OF.get(killer) ?? CLASS_OF.get(kindTraits(killer).meets ?? killer) ?? 0;
}

export class Killers {
  private readonly classes: Uint8Array;
  private readonly any: boolean;

  constructor(candidates: readonly EventCandidate[]) {
    const classes = candidates.map((c) => classOf(c.killer));
    this.any = classes.some((k) => k !== 0);
    this.classes = this.any ? Uint8Array.from(classes) : new Uint8Array(0);
  }

  /** Whether joining the clusters at roots a and b would put the dead of nature and of violence in one. */
  clash(a: number, b: number): boolean {
    if (!this.any) return false;
    const ka = this.classes[a] as number;
    const kb = this.classes[b] as number;
    return ka !== 0 && kb !== 0 && (ka & kb) === 0;
  }

  /** Keep the joined cluster's classes at its new root. */
  join(root: number, a: number, b: number): void {
    if (this.any) this.classes[root] = (this.classes[a] as number) | (this.classes[b] as number);
  }
}
