/**
 * "Georgian Dream, founded by billionaire Bidzina Ivanishvili, won the election", "HTS, angeführt
 * von Abu Mohammed al-Dscholani, nahm Aleppo ein", "de partij, geleid door X, won": a name inside
 * an aside that says by whom the subject was founded or led is not the subject.
 */

/** A comma, a participle or two, "by"/"door"/"von" and up to three words (a title) before the name. */
const BY_ASIDE_BEFORE = /,\s*(?:[\p{L}-]+\s+){1,2}(?:by|door|von)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** How far back the aside may open. */
const ASIDE_CHARS = 80;

export function inByAside(text: string, m: { start: number; end: number }, trigger: number): boolean {
  return (
    trigger > m.end &&
    text.slice(m.end, trigger).includes(',') &&
    BY_ASIDE_BEFORE.test(text.slice(Math.max(0, m.start - ASIDE_CHARS), m.start))
  );
}
