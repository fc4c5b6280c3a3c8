/**
 * Who a sentence names as the source of its news: the speaker of "… spokesman X said", "wie
 * Minister X mitteilte", "volgens minister X" speaks of the happening and did not suffer it.
 */
import type { Mention } from '../types.ts';
import type { EventLexicon } from './lexicon.ts';
import { perObject } from '../per-object.ts';
import { NEXT_WORD } from './text-gaps.ts';

/** One-word statement triggers of the lexicon ("said", "zei", "sagte"): what a speaker does. */
const reportingVerbsOf = perObject(
  (lexicon: EventLexicon) =>
    new Set(
      lexicon.triggers
        .filter((t) => t.kind === 'statement' && /^\p{L}+$/u.test(t.pattern))
        .map((t) => t.pattern.toLowerCase()),
    ),
);

/**
 * Verbs that close a clause naming where the news came from, which the lexicon holds as split
 * statement phrases ("teilte … mit") or not at all: "wie Minister X mitteilte", "as X told reporters".
 */
const SOURCE_VERBS = new Set([
  'mitteilte',
  'mitteilten',
  'bekanntgab',
  'berichtete',
  'meldete',
  'bestätigte',
  'schrieb',
  'sagten',
  'meldde',
  'bevestigde',
  'schreef',
  'told',
  'confirmed',
  'reported',
  'wrote',
]);

/** The word after an apposition set off by commas: "Serik Shalabayev, head of criminal prosecution, told …". */
const AFTER_APPOSITION = /^,\s[^,;:.!?"“”]{1,90},\s+(\p{L}+)/u;

/** Words that name the source of the news right before a name: "according to X", "volgens X", "nach Angaben von X". */
const SOURCE_BEFORE =
  /(?:according\s+to|volgens|aldus|laut|nach\s+Angaben\s+(?:von|des|der))\s+(?:\p{L}+\s+){0,4}$/iu;

/**
 * "… spokesman Majed al-Ansari said …", "wie Energieminister Fatih Dönmez mitteilte", "volgens
 * minister X": the person named as the source of the news speaks of the happening.
 */
export function speaks(text: string, m: Mention, lexicon: EventLexicon): boolean {
  const isReporting = (word: string | undefined) =>
    word !== undefined && (reportingVerbsOf(lexicon).has(word) || SOURCE_VERBS.has(word));
  if (isReporting(NEXT_WORD.exec(text.slice(m.end, m.end + 24))?.[1]?.toLowerCase())) return true;
  if (isReporting(AFTER_APPOSITION.exec(text.slice(m.end, m.end + 120))?.[1]?.toLowerCase())) return true;
  return SOURCE_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start));
}
