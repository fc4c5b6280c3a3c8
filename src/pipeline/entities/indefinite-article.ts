/**
 * Indefinite articles of the three languages. No person's name follows one: a listed person's
 * surname right after it is the common noun it also is ("er sei eine Geisel": a hostage, not the
 * Berlin senator Andreas Geisel; "ein Jäger": a hunter).
 */
const INDEFINITE_ARTICLES = new Set(['a', 'an', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'een']);

/** Whether the normal form `norm` (of the word before a name) is an indefinite article. */
export function isIndefiniteArticle(norm: string | undefined): boolean {
  return norm !== undefined && INDEFINITE_ARTICLES.has(norm);
}
