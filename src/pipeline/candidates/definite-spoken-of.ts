/**
 * "Putin said on Monday that the attack was carried out by radical Islamists": a happening the
 * article told before, named again with a definite article after a statement verb, is what the
 * statement is about. The sentence reports the statement; the happening keeps the day the article
 * gave it, not the day it was spoken of.
 */
import type { TriggerHit } from './happenings.ts';
import { isDefiniteMention } from './story-times.ts';
import type { Token } from './tokenize.ts';

/**
 * The hits less those spoken of. `namedAgain` says whether a kind's definite mention names a
 * happening the article told before: a kind that `recalls` others (an attack, a claim), of which
 * an earlier sentence named one. A kind told afresh each day (protests) is news again.
 * `measureAgain` says the same of a measure in force an earlier sentence told, in a sentence of no
 * day of its own: what a speaker says of it, before or after the verb, is no new measure ("The
 * sanctions increased the pressure on Moscow, Scholz said").
 */
export function withoutDefiniteSpokenOf(
  hits: TriggerHit[],
  tokens: readonly Token[],
  namedAgain: (kind: string) => boolean,
  measureAgain: (kind: string) => boolean,
): TriggerHit[] {
  const spoken = hits.filter((h) => h.kind === 'statement');
  if (spoken.length === 0 || spoken.length === hits.length) return hits;
  const firstSaid = Math.min(...spoken.map((h) => h.end));
  return hits.filter(
    (h) =>
      h.kind === 'statement' ||
      !isDefiniteMention(tokens, h.start) ||
      (!measureAgain(h.kind) && (h.start < firstSaid || !namedAgain(h.kind))),
  );
}
