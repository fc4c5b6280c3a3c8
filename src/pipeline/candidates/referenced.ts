/** A happening named again as the reason for another (lexicon `references`). */
import type { Timex } from '../types.ts';
import type { TriggerHit } from './happenings.ts';
import type { EventLexicon } from './lexicon.ts';
import { phraseBefore } from './phrase-before.ts';
import { opensWithPastForm } from './verb-form.ts';

/**
 * "Police arrested two men in connection with the attack": a trigger after a reference word names
 * a happening again as the reason for another one the sentence reports; it is dropped when such a
 * happening remains, or a statement about it. Words about it are no such happening: "claimed
 * responsibility for the attack" still tells of the attack.
 */
export function withoutReferenced(
  hits: TriggerHit[],
  text: string,
  lexicon: EventLexicon,
  timexes: readonly Timex[],
): TriggerHit[] {
  const named = hits.filter((h) => namedAsReason(h, hits, text, lexicon));
  const referenced = (h: TriggerHit): boolean =>
    named.includes(h) || named.some((n) => inClauseOf(n, h.start, text, timexes));
  const reported = hits.filter((h) => !referenced(h));
  // A statement before the reference speaks of it ("Lukashenko said the perpetrators of the attack
  // first tried to flee to Belarus"); one after it only says who told the happening.
  const firstReferenced = Math.min(...hits.filter((h) => !reported.includes(h)).map((h) => h.start));
  return reported.length < hits.length &&
    reported.some((h) => h.kind !== 'statement' || h.end <= firstReferenced)
    ? reported
    : hits;
}

/**
 * "Beide begründeten ihren Rücktritt mit den Toten bei den Protesten": after a verb that gives its
 * reason ("begründen", "rechtfertigen", "motiveren"), "mit"/"met" names the reason,
 * a happening told before, not one the sentence reports.
 */
const REASON_VERB = /(?<![\p{L}])(?:begründ|rechtfertig|motiveer)\p{L}*/iu;
const REASON_WORDS = ['mit', 'met'];

function givenAsReason(text: string, before: string, at: number): RegExpExecArray | null {
  if (!REASON_VERB.test(text.slice(0, at))) return null;
  const { cue, pattern } = phraseBefore(REASON_WORDS, 2);
  return cue.test(before) ? pattern.exec(before) : null;
}

/** The one reference word that tells the day of what it names: "a day after". */
const DAY_AFTER = /^day\s+after\s/i;

/** A determiner and a word after it ("the Swiss bank "): a noun phrase that may be a clause's subject. */
function subjectBefore(phrase: string): boolean {
  return phrase.trim().split(/\s+/u).length >= 2;
}

/** The hit `h` names a happening again after a reference word ("in connection with the attack"). */
function namedAsReason(
  h: TriggerHit,
  hits: readonly TriggerHit[],
  text: string,
  lexicon: EventLexicon,
): boolean {
  // A reference word, a determiner and up to two words: "in connection with the".
  const { cue, pattern } = phraseBefore(lexicon.references, 2);
  const from = Math.max(0, h.start - 60);
  const before = text.slice(from, h.start);
  const m = (cue.test(before) ? pattern.exec(before) : null) ?? givenAsReason(text, before, h.start);
  if (m === null) return false;
  // "a day after the Swiss bank agreed to buy Credit Suisse": the determiner opens the subject of a
  // clause whose verb is the trigger, a happening told there on the day before the sentence's, not
  // one named again. "days after the military seized power" gives it no day: named again.
  if (DAY_AFTER.test(m[0]) && subjectBefore(m[1] ?? '') && opensWithPastForm(text.slice(h.start, h.end)))
    return false;
  // The first trigger after the reference is what it names: "… mit dem Anschlag festgenommen";
  // the reference word may be a trigger itself ("het dodental van de aardbeving"). A longer one
  // holding it is the same name ("floods" in "the death toll from the flash floods").
  const named = from + m.index + m[0].length - (m[1] ?? '').length;
  return !hits.some((o) => o.start >= named && o.end <= h.start);
}

/**
 * A relative clause opened right after a happening named again tells more of that happening, not
 * news of its own: "in response to the attack in Pahalgam, in which 26 people were killed", "als
 * reactie op de aanslag bij Pahalgam, waarbij 26 mensen om het leven kwamen", "als Reaktion auf
 * den Anschlag in Pahalgam, bei dem 26 Menschen getötet wurden". One that gives its own day ("over
 * de explosie, waarbij dinsdag meer dan 150 mensen om het leven kwamen") dates what it tells, and
 * stays a report of it.
 */
const RELATIVE_CLAUSE =
  /^[^,;.]{0,60},\s+(?:in which|during which|in whom|waarbij|waarin|bij wie|bei dem|bei der|bei denen|in dem|in der|wobei)\s[^,;]*$/iu;

/** Where a clause ends after offset `at`. */
const CLAUSE_END = /[,;.]/;

/** Whether offset `at` lies in an undated relative clause that tells more of the happening `named`. */
function inClauseOf(named: { end: number }, at: number, text: string, timexes: readonly Timex[]): boolean {
  if (at <= named.end || !RELATIVE_CLAUSE.test(text.slice(named.end, at))) return false;
  const rest = text.slice(at).search(CLAUSE_END);
  const end = rest < 0 ? text.length : at + rest;
  return !timexes.some((t) => t.start >= named.end && t.start < end);
}

/** The figures that count no happening named again: those in a relative clause telling more of it. */
export function outsideNamedClauses<F extends { start: number }>(
  figures: F[],
  named: readonly TriggerHit[],
  text: string,
  timexes: readonly Timex[],
): F[] {
  if (named.length === 0) return figures;
  return figures.filter((f) => !named.some((n) => inClauseOf(n, f.start, text, timexes)));
}
