/**
 * "Alexei Navalny, the most prominent opponent of President Vladimir Putin, died on Friday": a
 * name set off by commas between a subject and its verb describes the subject; the happening befell
 * the subject, not the one the description names.
 */
import type { Mention } from '../types.ts';

/**
 * After the description's closing comma, the verb, perhaps after an auxiliary or an adverb ("has
 * died", "is overleden", "war … gestorben" leaves the participle last, so only short words count).
 */
const AFTER_DESCRIPTION = /^,\s+(?:\p{Ll}{2,8}\s+){0,2}$/u;

/**
 * Or a Dutch or German auxiliary whose participle ends the clause, however much stands between ("…,
 * is zaterdag bij aankomst op het vliegveld van Brasília gearresteerd", "…, wurde am Samstag … festgenommen").
 */
const AUXILIARY_THEN_CLAUSE = /^,\s+(?:is|werd|wordt|ist|wurde|wird)\s+[^,;:]*$/iu;

/** A description opens with an article, a possessive or a title-like lowercase word, never a verb. */
const DESCRIPTION_OPENS =
  /^,\s+(?:the|a|an|his|her|their|de|het|een|zijn|haar|der|die|das|ein|eine|sein|seine|ihr|ihre)\s/iu;

/** The subject a description of `inside` hangs on, when `inside` stands in one right before the trigger. */
export function describedSubject(
  text: string,
  mentions: Mention[],
  inside: Mention,
  trigger: number,
  isPerson: (m: Mention) => boolean,
): Mention | undefined {
  if (inside.end > trigger) return undefined;
  const close = text.lastIndexOf(',', trigger);
  const after = text.slice(close, trigger);
  if (close < inside.end || !(AFTER_DESCRIPTION.test(after) || AUXILIARY_THEN_CLAUSE.test(after)))
    return undefined;
  const open = text.lastIndexOf(',', inside.start);
  if (open < 0) return undefined;
  const description = text.slice(open, close);
  if (description.slice(1).includes(',') || !DESCRIPTION_OPENS.test(description)) return undefined;
  const subject = mentions.find((m) => m.end <= open && /^\s*$/.test(text.slice(m.end, open)));
  return subject && isPerson(subject) ? subject : undefined;
}
