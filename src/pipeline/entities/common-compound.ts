/**
 * "BEIRUT (AP) — Walkie-talkies used by Hezbollah exploded": an English sentence opening with a
 * capitalised word hyphenated to a lower-case one opens with a compound common noun, which no
 * dictionary here lists whole. A name so joined makes a compound adjective ("Hamas-run",
 * "Trump-led"), which ends in a participle or a word that says so. Dutch and German join names to
 * nouns that way ("Hamas-leiders", "Kreml-Sprecher"), so only English is read so.
 */
import { endsCompoundAdjective } from './family-names.ts';
import { opensClause } from './known.ts';
import { isHyphen } from './name-edges.ts';
import type { Token } from './text.ts';

const PARTICIPLE = /(?:ed|en)$/;

/** Whether the token at `i` opens the sentence as the front of a compound common noun. */
export function opensEnglishCompound(tokens: Token[], text: string, i: number, language: string): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (language !== 'en' || !t || !next || next.capitalised || !opensClause(tokens, text, i)) return false;
  if (!isHyphen(text.slice(t.end, next.start)) || !/^\p{Ll}+$/u.test(next.text)) return false;
  return !endsCompoundAdjective(next.norm) && !PARTICIPLE.test(next.norm);
}
