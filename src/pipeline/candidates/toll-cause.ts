import type { TriggerHit } from './happenings.ts';

/**
 * "… to the region of Valencia, where floods have killed at least 211 people": what has killed the
 * dead of a running toll, in a clause hung on the news, is named again, not reported. The sentence
 * reports the troops sent and the toll; the floods keep the day their own reports give them.
 */
const TOLL_AFTER = /^\s+(?:that\s+|which\s+)?(?:have|has)\s+(?:now\s+)?(?:killed|claimed)(?![\p{L}])/iu;
const CLAUSE_BEFORE = /(?:,\s*where|(?<![\p{L}])the)\s+$/iu;

function namedAsCause(h: TriggerHit, text: string): boolean {
  return (
    TOLL_AFTER.test(text.slice(h.end, h.end + 40)) &&
    CLAUSE_BEFORE.test(text.slice(Math.max(0, h.start - 12), h.start))
  );
}

/** `hits` without a cause named for a toll, when a happening other than the toll and a saying remains. */
export function withoutTollCause(hits: TriggerHit[], text: string): TriggerHit[] {
  const kept = hits.filter((h) => !namedAsCause(h, text));
  return kept.length < hits.length && kept.some((h) => h.kind !== 'statement' && h.kind !== 'death')
    ? kept
    : hits;
}
