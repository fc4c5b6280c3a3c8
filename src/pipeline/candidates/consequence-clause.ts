import type { TriggerHit } from './happenings.ts';

/**
 * A clause that tells what the happening before it brought about: ", causing its spire to
 * collapse", ", waardoor de spits instortte", ", wodurch der Spitzturm einstürzte".
 */
const CONSEQUENCE = /,\s+(?:causing|waardoor|wodurch)\s/i;
/** Farther apart than this, the consequence is no longer the clause's own. */
const SPAN = 160;

/**
 * The hits of kinds none chosen has that come before a clause of consequence holding a chosen hit:
 * "A huge fire swept through the roof …, causing its spire to collapse" tells the fire as well as
 * the collapse it caused, though the collapse outranks it.
 */
export function causesBeforeConsequence(
  hits: readonly TriggerHit[],
  chosen: readonly TriggerHit[],
  text: string,
): TriggerHit[] {
  const causes: TriggerHit[] = [];
  for (const h of hits) {
    if (chosen.some((c) => c.kind === h.kind) || causes.some((c) => c.kind === h.kind)) continue;
    const caused = chosen.some((c) => {
      if (c.start <= h.end || c.start - h.end > SPAN) return false;
      const between = text.slice(h.end, c.start);
      const m = CONSEQUENCE.exec(between);
      // The consequence opens after the cause and no other clause before it: one comma only.
      return m !== null && between.indexOf(',') === m.index;
    });
    if (caused) causes.push(h);
  }
  return causes;
}
