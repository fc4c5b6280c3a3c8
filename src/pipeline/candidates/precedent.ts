/**
 * A place named as the one before, to which the sentence adds another, is no place of its
 * happening: "Nach Schweden hat auch Pakistan einen Mpox-Fall bestätigt", "Na Zweden heeft ook
 * Pakistan", "After Sweden, Pakistan has also confirmed a case".
 */
import type { Mention } from '../types.ts';

/** "Nach", "Na", "After" opening the sentence right before the place. */
const OPENS_AFTER = /^\s*(?:nach|na|after)\s+$/iu;
/**
 * The auxiliary and "auch"/"ook" right after it ("hat auch", "heeft ook"), or a comma and a clause
 * with "also" ("After Sweden, Pakistan has also"). German "nach" and Dutch "na" with a main verb
 * after the place is a direction: "Nach Berlin reiste auch der Kanzler".
 */
const ALSO_AFTER =
  /^(?:\s*,\s*\p{Lu}[^.;:,]{0,30}?(?<![\p{L}])(?:also|too)|\s+(?:hat|haben|ist|sind|heeft|hebben|is|zijn)\s+(?:nun\s+|nu\s+)?(?:auch|ook))(?![\p{L}])/u;

/** Whether the place `m` is the precedent the sentence's own place follows. */
export function namesPrecedent(text: string, m: Mention): boolean {
  return (
    m.kind === 'place' &&
    OPENS_AFTER.test(text.slice(0, m.start)) &&
    ALSO_AFTER.test(text.slice(m.end, m.end + 48))
  );
}
