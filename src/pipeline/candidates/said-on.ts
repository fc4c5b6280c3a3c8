/**
 * "The coastguard said on Friday that 27 bodies had been recovered", "…, authorities said
 * Wednesday", "teilten die Behörden am Donnerstag mit": the day belongs to the verb of saying, so
 * it dates the saying. A count told so is a tally given that day, not a day on which the counted died.
 */
import type { AnnotatedSentence, Timex } from '../types.ts';
import { perObject } from '../per-object.ts';
import type { EventLexicon } from './lexicon.ts';
import type { Match } from './match.ts';
import type { Token } from './tokenize.ts';

/**
 * What follows a day that ends the saying: "that", "dat", "dass", or the end of its clause, also
 * after the place where it was said ("sagte am Freitag in Washington, die Maschine sei …").
 */
const AFTER = /^\s*(?:(?:in|at|bij|bei|im)\s+\p{Lu}[\p{L}-]*\s*)?(?:,?\s*(?:that|dat|dass)\b|[,.;:!?]|$)/iu;
/**
 * An English verb of saying whose clause may leave out "that": "said on Wednesday the killing was
 * …". Dutch and German put the object of any verb after its day ("eiste gisteren de aanslag op"),
 * and a verb that takes an object ("condemned on Wednesday the killing") tells no clause after it.
 */
const SAYS = /^(?:said|says|told|tells|added|adds)$/i;
/** What was said opening right after the day without "that", on an article ("the killing", "a letter"). */
const ARTICLE_AFTER = /^\s+(?:the|an?)\s/i;
/** What may stand between the verb and its day, when the day's expression leaves it out: "said on". */
const BETWEEN = /^\s*(?:on|op|am|an)?\s*$/i;

/**
 * Whether the time expression that dates the happening (its TIMEX3 `value`) belongs to a statement
 * trigger: right after its words and before "that", the clause's end or, after an English verb of
 * saying, an article opening what was said; or inside its words
 * ("teilte … am Montag mit"). `saying` are the spans of the sentence's statement triggers. A
 * sentence that dates its happening by another expression ("collided late on Tuesday, killing 36,
 * officials said on Wednesday") dates the happening itself.
 */
export function saidOn(
  text: string,
  timexes: readonly Timex[],
  saying: readonly { start: number; end: number }[],
  value: string,
): boolean {
  for (const t of timexes) {
    if (t.value !== value) continue;
    for (const s of saying) {
      if (s.start <= t.start && t.end <= s.end) return true;
      if (!(s.end <= t.start && BETWEEN.test(text.slice(s.end, t.start)))) continue;
      const after = text.slice(t.end);
      if (AFTER.test(after) || (ARTICLE_AFTER.test(after) && SAYS.test(text.slice(s.start, s.end))))
        return true;
    }
  }
  return false;
}

/** The verbs a count is reported by (lexicon `tallyVerbs`: "reported", "meldde", "meldete"). */
const reportingVerbs = perObject((lexicon: EventLexicon) => new Set(lexicon.tallyVerbs));

/**
 * The clause with a count a reporting verb's day opens: "reported on Friday that 26 …", "meldde
 * vrijdag dat 26 …". What it reports without a count ("bevestigde dinsdag dat het gezin asiel heeft
 * gekregen") is no tally, and stays dated as its sentence tells it.
 */
const REPORTED_AFTER = /^\s*,?\s*(?:that|dat|dass)(?!\p{L})[^.;:!?]*\d/iu;

/**
 * Whether the day `value` stands between a verb reporting a count and the clause it reports: "State
 * television reported on Friday that 26 demonstrators had already been killed" gives Friday's
 * count. Not "The figure of 164 deaths, reported on Sunday, is …": the count is that of its day.
 */
function reportedOn(
  text: string,
  timexes: readonly Timex[],
  verbs: readonly Token[],
  value: string,
): boolean {
  return timexes.some(
    (t) =>
      t.value === value &&
      REPORTED_AFTER.test(text.slice(t.end)) &&
      verbs.some((v) => v.end <= t.start && BETWEEN.test(text.slice(v.end, t.start))),
  );
}

/**
 * The sentence's own day stands between a verb of saying and what was said ("said on Friday that").
 * With `lexicon`, between a verb reporting a count among the sentence's `tokens` and the clause it
 * reports too.
 */
export function countSaidOn(
  s: AnnotatedSentence,
  raw: readonly { item: { kind: string }; match: Match }[],
  dated: string,
  tokens: readonly Token[] = [],
  lexicon?: EventLexicon,
): boolean {
  if (s.timeFrom !== 'own') return false;
  const saying = raw.filter((r) => r.item.kind === 'statement').map((r) => r.match);
  if (saying.length > 0 && saidOn(s.text, s.timexes, saying, dated)) return true;
  if (!lexicon) return false;
  const reporting = reportingVerbs(lexicon);
  const verbs = tokens.filter((t) => reporting.has(t.word));
  return verbs.length > 0 && reportedOn(s.text, s.timexes, verbs, dated);
}
