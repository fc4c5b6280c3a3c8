import { isDayLabel } from './day-label.ts';
import type { RuleContext } from './rule.ts';
import { tenseReader } from './tense.ts';

/** The German auxiliary of the present passive, a future's too: "wird festgenommen", "werden bestätigt". */
const PASSIVE_AUXILIARY = /(?<!\p{L})(?:wird|werden)(?!\p{L})/giu;

/**
 * A timeline's label of a day later in the month than the report's own, told in the historical
 * present, names last year's day: a chronicle of the days after an attack, printed on its first
 * anniversary, lists "20. Dezember: …" to "23. Dezember, gegen 3 Uhr: …" of the year before.
 */
export function labelYear(
  m: number,
  d: number,
  ctx: RuleContext,
  span: { start: number; end: number },
): number | undefined {
  if (m !== ctx.dct.m || d <= ctx.dct.d || !isDayLabel(ctx.text, span.start, span.end)) return undefined;
  let tense = ctx.tense(span.start, span.end);
  // "23. Dezember, gegen 3 Uhr: Amri wird … erschossen": an entry's "wird" is a passive told in
  // the historical present (as candidates/hedges.ts reads it), no plan; another marker may be one.
  if (tense === 'future' && ctx.lang === 'de')
    tense = tenseReader(
      'de',
      ctx.text.replace(PASSIVE_AUXILIARY, (w) => ' '.repeat(w.length)),
    )(span.start, span.end);
  return tense === 'future' ? undefined : ctx.dct.y - 1;
}
