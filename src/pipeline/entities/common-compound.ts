/**
 * "BEIRUT (AP) — Walkie-talkies used by Hezbollah exploded": an English sentence opening with a
 * capitalised word hyphenated to a lower-case one opens with a compound common noun, which no
 * dictionary here lists whole. A name so joined makes a compound adjective ("Hamas-run",
 * "Trump-led"), which ends in a participle or a word that says so. Dutch and German join names to
 * nouns that way ("Hamas-leiders", "Kreml-Sprecher"), so only English is read so. So does one
 * closed up of two ordinary words before a lower-case plural ("Trackside sensors picked up …"), which
 * the dictionary does not list either.
 */
import { endsCompoundAdjective } from './family-names.ts';
import { opensClause } from './known.ts';
import { isHyphen } from './name-edges.ts';
import { isWordOf, type Lexicon } from './lexicon.ts';
import type { Token } from './text.ts';

const PARTICIPLE = /(?:ed|en)$/;

/** The shortest word either part of a closed compound may be: "track" and "side", not "new" and "man". */
const PART = 4;

/**
 * Two ordinary English words closed up into one ("Trackside", "Roadside"), and no capitalised entry;
 * a capital inside ("CrowdStrike") makes it a name.
 */
function closedCompound(t: Token, lexicon: Lexicon): boolean {
  const norm = t.norm;
  if (lexicon.proper.has(norm) || /\p{Lu}/u.test(t.text.slice(1))) return false;
  for (let k = PART; k <= norm.length - PART; k++)
    if (lexicon.en.has(norm.slice(0, k)) && lexicon.en.has(norm.slice(k))) return true;
  return false;
}

/** A lower-case plural of an ordinary word ("sensors"): the noun a closed compound opens. */
const pluralNoun = (t: Token, lexicon: Lexicon): boolean =>
  t.norm.length > PART && t.norm.endsWith('s') && !t.norm.endsWith('ss') && isWordOf(t.norm, lexicon, 'en');

/** Whether the token at `i` opens the sentence as the front of a compound common noun. */
export function opensEnglishCompound(
  tokens: Token[],
  text: string,
  i: number,
  language: string,
  lexicon: Lexicon,
): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (language !== 'en' || !t || !next || next.capitalised || !opensClause(tokens, text, i)) return false;
  if (!/^\p{Ll}+$/u.test(next.text)) return false;
  if (!isHyphen(text.slice(t.end, next.start)))
    return text.slice(t.end, next.start) === ' ' && pluralNoun(next, lexicon) && closedCompound(t, lexicon);
  return !endsCompoundAdjective(next.norm) && !PARTICIPLE.test(next.norm);
}
