import type { TriggerHit } from './happenings.ts';
import { DEATHS_KIND } from './title.ts';

const MISSING_KIND = 'missing';

/** Longest stretch from the end of "missing" to the end of the death's words ("and presumed dead"). */
const SPAN = 48;

/**
 * Right after "missing": "and presumed dead", ", presumed dead", "en zijn vermoedelijk omgekomen",
 * "und sind vermutlich ums Leben gekommen", ", sie kamen vermutlich ums Leben": at most two words
 * (a verb, a pronoun) before the word that presumes.
 */
const PRESUMED =
  /^\s*(?:,\s*|\s(?:and|en|und)\s+)(?:[\p{L}]+\s+){0,2}?(?:presumed|believed|feared|vermoedelijk|waarschijnlijk|vermutlich|mutmaßlich|wahrscheinlich)\s/iu;

/**
 * The deaths presumed of people counted as missing ("Six members of a road crew … are missing and
 * presumed dead"): the sentence reports them missing, no deaths. Only right after "missing": "The
 * six are presumed dead" on its own is the toll the officials give.
 */
export function withoutPresumedDead(hits: TriggerHit[], text: string): TriggerHit[] {
  const missing = hits.filter((h) => h.kind === MISSING_KIND);
  if (missing.length === 0) return hits;
  return hits.filter(
    (h) =>
      h.kind !== DEATHS_KIND ||
      !missing.some(
        (m) => m.end <= h.start && h.end - m.end <= SPAN && PRESUMED.test(text.slice(m.end, h.end)),
      ),
  );
}
