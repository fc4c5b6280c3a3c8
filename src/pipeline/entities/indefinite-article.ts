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

/**
 * German capitalises every noun: a one-word name after an indefinite article, perhaps with one
 * adjective between ("bestreite aber eine strafrechtliche Schuld"), is the common noun a town
 * also bears (Schuld, in the Ahr valley), not the town. English "a Paris court" names the city.
 */
export function germanNounAfterIndefinite(
  tokens: readonly { norm: string; capitalised: boolean }[],
  first: number,
  end: number,
  language: string,
): boolean {
  if (language !== 'de' || end - first !== 1) return false;
  const before = tokens[first - 1];
  if (GERMAN_INDEFINITE.has(before?.norm ?? '')) return true;
  return (
    before !== undefined &&
    !before.capitalised &&
    ADJECTIVE_ENDING.test(before.norm) &&
    !NOT_ADJECTIVES.has(before.norm) &&
    GERMAN_INDEFINITE.has(tokens[first - 2]?.norm ?? '')
  );
}

/** German's own: "an" before a name is the preposition ("an den Ostsee-Pipelines"). */
const GERMAN_INDEFINITE = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines']);

/** A German adjective declined after "ein", "eine": "strafrechtliche", "schweren", "großer". */
const ADJECTIVE_ENDING = /\p{L}{2,}(?:e|en|er|es|em)$/u;

/** Articles and pronouns that end like adjectives: "einer der Ostsee-Pipelines" names the sea. */
const NOT_ADJECTIVES = new Set([
  'der',
  'die',
  'des',
  'den',
  'dem',
  'deren',
  'dessen',
  'jener',
  'seiner',
  'ihrer',
]);
