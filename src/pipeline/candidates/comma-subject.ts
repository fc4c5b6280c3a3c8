import type { Mention } from '../types.ts';
import { RELATIVE_SUBJECT_GAP } from './text-gaps.ts';

/** Only the comma that closes an appositive between the name and the verb. */
const CLOSING_COMMA = /^,\s+$/;
/**
 * The comma that opens it, after the title or noun the name stands beside, in a clause that is no
 * relative clause or passive's agent: "Sánchez, who were accompanied by the regional president,
 * Carlos Mazón, arrived" is Sánchez arriving.
 */
const OPENING_COMMA = /(?:^|[,;:]\s)(?:(?!(?:who|whom|which|by|door|von)\s)[^,;:])*\p{L},\s+$/iu;

/**
 * A name followed by a comma that is still the subject of the verb after it: it opens a relative
 * clause ("Shahabuddin, who dissolved parliament") or stands as an appositive between commas right
 * before the verb ("after Kazakhstan's president, Kassym-Jomart Tokayev, appealed for help"). Not
 * the head of an organisation named right before it ("Der Gouverneur der philippinischen
 * Zentralbank, Benjamin Diokno, hatte erklärt"): the organisation speaks, as other reports tell it.
 */
export function subjectBeforeComma(
  text: string,
  m: Mention,
  trigger: number,
  mentions: readonly Mention[],
): boolean {
  if (text[m.end] !== ',') return false;
  const gap = text.slice(m.end, trigger);
  if (RELATIVE_SUBJECT_GAP.test(gap)) return true;
  if (!CLOSING_COMMA.test(gap)) return false;
  const before = text.slice(0, m.start);
  if (!OPENING_COMMA.test(before)) return false;
  const comma = before.lastIndexOf(',');
  return !mentions.some((o) => o !== m && o.kind !== 'place' && o.end === comma);
}
