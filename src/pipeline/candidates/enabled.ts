/**
 * "De centrale bank stelt tot 100 miljard frank beschikbaar om de overname mogelijk te maken", "um
 * die Übernahme zu ermöglichen", "to enable the takeover": what a measure is to make possible is
 * told for its own sake elsewhere; the sentence reports the measure, not that happening.
 */
import type { TriggerHit } from './happenings.ts';

/** A verb of enabling ahead of its object: "to enable the takeover", "to finance the deal". */
const BEFORE =
  /(?<![\p{L}])to\s+(?:enable|facilitate|finance|fund|allow|smooth)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:\p{L}+\s+)?$/iu;
/** A Dutch or German infinitive of enabling closing the clause: "… mogelijk te maken", "… zu ermöglichen". */
const AFTER =
  /^[^,;:.!?]{0,40}?\s(?:mogelijk\s+te\s+maken|te\s+financieren|zu\s+ermöglichen|zu\s+finanzieren|zu\s+erleichtern)(?![\p{L}])/iu;
/** An opener of such a clause right before the trigger and its article: "om de", "um die". */
const OPENER = /(?<![\p{L}])(?:om|um)\s+(?:\p{L}+\s+){0,2}$/iu;
const ENABLING = /enable|facilitate|financ|fund|allow|smooth|mogelijk|ermöglich|finanzier|erleichter/iu;

function enabled(text: string, h: TriggerHit): boolean {
  const before = text.slice(Math.max(0, h.start - 40), h.start);
  return BEFORE.test(before) || (OPENER.test(before) && AFTER.test(text.slice(h.end, h.end + 60)));
}

/** The hits that are no happening of their own but what a measure is to make possible. Statements stay. */
export function withoutEnabled(hits: TriggerHit[], text: string): TriggerHit[] {
  if (!ENABLING.test(text)) return hits;
  return hits.filter((h) => h.kind === 'statement' || !enabled(text, h));
}
