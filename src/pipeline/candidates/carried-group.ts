/**
 * "18 members of the security forces had been killed and 748 injured", "zijn 18 agenten omgekomen
 * en 748 gewond geraakt", "18 Sicherheitskräfte kamen ums Leben, 748 wurden verletzt": a bare number
 * joined by "and" (en, und, with) or a comma to the count before it, with only a participle of
 * killing or wounding after it (an auxiliary may come first), shares that count's verb and so its
 * group: the 748 are police, not people at large. A number that names its own group ("and 40
 * civilians injured") keeps it; one after a list of counts ("two police officers and 15 protesters
 * were killed and 40 injured") or after a part of one ("including three soldiers") counts them all,
 * which is no group of its own.
 */
import { perObject } from '../per-object.ts';
import type { PlacedFigure } from './figures.ts';
import type { EventLexicon } from './lexicon.ts';
import { GROUPS } from './measure.ts';
import type { NumberSpan } from './numbers.ts';
import type { Token } from './tokenize.ts';

/**
 * The participles of the lexicon's passives of killing or wounding ("were injured", "raakten
 * gewond", "wurden verletzt"): a gapped clause keeps the participle and drops the auxiliary.
 */
const participlesOf = perObject(
  (lexicon: EventLexicon) => new Set(lexicon.victimPassives.map((p) => p.slice(p.lastIndexOf(' ') + 1))),
);

/** "and", "en", "und", "with", "met", "mit" or a comma right before the number. */
const JOINED = /(?:\s(?:and|en|und|with|met|mit)|,)\s+$/i;
/** Blanks, and the auxiliaries the second count may keep: "748 wurden verletzt", "748 raakten gewond". */
const AUXILIARIES = new Set(
  'were was had have has been wurden wurde waren sind raakten raakte werden werd zijn'.split(' '),
);
const WORDS_AND_BLANKS = /^[\s\p{L}]+$/u;
/** Punctuation that ends the clause of the count before. */
const CLAUSE_BREAK = /[.;:!?()]/;
/** Words that open another clause, whose subject is its own: "as", "terwijl", "nachdem". */
const OPENERS = new Set(
  'as while when whereas because after terwijl toen omdat nadat während nachdem weil'.split(' '),
);
/** Words from the count before to this one: "members of the security forces had been killed and". */
const REACH = 12;
/** The second of two counts in a list: "two police officers and 15 protesters". */
const LISTED = /^(?:\s*[\p{L}'’-]+){0,4}\s*(?:,|\band|\ben|\bund)\s*$/iu;

/**
 * The group the count before `n` counts, when `n` counts it too; `after` is the index of the first
 * token after `n`, and `namesOwn` tells whether a count noun follows from a token on.
 */
export function carriedGroup(
  text: string,
  tokens: readonly Token[],
  n: NumberSpan,
  after: number,
  before: readonly PlacedFigure[],
  lexicon: EventLexicon,
  namesOwn: (from: number) => boolean,
): string | undefined {
  let at = after;
  while (at < after + 2 && AUXILIARIES.has(tokens[at]?.word ?? '')) at++;
  const participle = tokens[at];
  if (!participle || !participlesOf(lexicon).has(participle.word)) return undefined;
  if (!WORDS_AND_BLANKS.test(text.slice(n.end, participle.start))) return undefined;
  if (!JOINED.test(text.slice(Math.max(0, n.start - 6), n.start))) return undefined;
  const last = before.at(-1);
  if (!last || last.whole !== undefined || !GROUPS.has(last.noun)) return undefined;
  // With its own auxiliary the second count is a clause of its own: only exact counts on both
  // sides say it counts the same group ("Dozens of police and protesters lost their lives and
  // hundreds were injured" counts everyone).
  if (at > after && (n.vague || last.vague)) return undefined;
  if (CLAUSE_BREAK.test(text.slice(last.end, n.start))) return undefined;
  let words = 0;
  for (const t of tokens) {
    if (t.start < last.end) continue;
    if (t.start >= n.start) break;
    if (++words > REACH || OPENERS.has(t.word)) return undefined;
  }
  const previous = before.at(-2);
  if (previous && previous.noun !== last.noun && LISTED.test(text.slice(previous.end, last.start)))
    return undefined;
  return namesOwn(at + 1) ? undefined : last.noun;
}
