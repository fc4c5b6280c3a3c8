/**
 * "\"The attack on the tram in Utrecht yesterday has shocked us all,\" Aalbersberg told reporters":
 * the day is the speaker's, inside his words, and dates what he speaks of; his saying lies only
 * before the report, like any statement the sentence gives no day of its own. A quoted "this
 * morning" or "heute" of the report's own day is the day he speaks too.
 */
import type { Timex } from '../types.ts';
import { isQuoted, quotedSpans } from './quotes.ts';

const DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * Whether the statement at `h`, outside any quotation, is dated only by times inside one, each a
 * day before `published` (the report's day).
 */
export function saidBesideQuotedDay(
  text: string,
  kind: string,
  h: { start: number; end: number },
  dated: readonly Timex[],
  published: string,
): boolean {
  if (kind !== 'statement' || dated.length === 0) return false;
  const spans = quotedSpans(text);
  return (
    spans.length > 0 &&
    !isQuoted(spans, h.start, h.end) &&
    dated.every(
      (t) => isQuoted(spans, t.start, t.end) && DAY.test(t.value) && t.value.slice(0, 10) < published,
    )
  );
}
