import type { EntityModel } from './model.ts';

/** "Kazakhs", "Kazachstanen", "Russen": plural demonyms and derived forms of a known name. */
export function derivedFromKnown(model: EntityModel, norm: string): boolean {
  for (const suffix of ['s', 'en', 'n', 'e', 'er', 'es', 'ns', 'i']) {
    if (
      norm.length > suffix.length + 3 &&
      norm.endsWith(suffix) &&
      model.names.single(norm.slice(0, -suffix.length)).length
    ) {
      return true;
    }
  }
  return pluralOfNationality(model, norm) || peopleOfLand(model, norm);
}

/** "Armenier", "Armeniërs", "Tunesierin": the people of a land named in "-ien", "-ië" (folded "-ie"). */
const PEOPLE_OF_LAND = /ier(?:n|s|in|innen)?$/;

/**
 * German names a land's people by its name with "-ier" for "-ien" ("Armenier" of Armenien), Dutch
 * with "-iër" for "-ië" ("Armeniërs" of Armenië): people, not the land one letter away.
 */
function peopleOfLand(model: EntityModel, norm: string): boolean {
  const m = PEOPLE_OF_LAND.exec(norm);
  if (!m || m.index < 3) return false;
  const stem = norm.slice(0, m.index);
  return [`${stem}ien`, `${stem}ie`].some((land) =>
    model.names.single(land).some((n) => n.target.type === 'place'),
  );
}

/** Endings that make a place's adjective: "Europe" → "European", "Africa" → "African", "Europa" → "Europeaan". */
const PLACE_ADJECTIVE = /(?:ean|aan|ian|an|n)$/;

/** Whether a capitalised adjective is one of a place: "european" (Europe), "europeaan" (Europa), "amerikaan". */
function ofPlace(model: EntityModel, adjective: string): boolean {
  const known = (norm: string) =>
    model.names.single(norm).some((n) => n.target.type === 'place' || n.target.type === 'demonym');
  if (known(adjective)) return true;
  const stem = adjective.replace(PLACE_ADJECTIVE, '');
  return stem !== adjective && [stem, `${stem}e`, `${stem}a`].some(known);
}

/**
 * "Europeans", "Africans", "Europeanen", "Amerikanen": the plural of a capitalised adjective of a
 * place names people of it, no one person or body. "Republicans" derives from no place and may
 * name a party's members. Dutch "-aan" makes "-anen".
 */
function pluralOfNationality(model: EntityModel, norm: string): boolean {
  const singular = norm.endsWith('anen')
    ? `${norm.slice(0, -4)}aan`
    : norm.endsWith('s')
      ? norm.slice(0, -1)
      : '';
  return singular !== '' && model.lexicon.adjectives.has(singular) && ofPlace(model, singular);
}

/**
 * A Dutch inflected adjective of a place, capitalised as Dutch writes it: "Afrikaanse" (Afrika),
 * "Europese" (Europa), "West-Afrikaanse" in its parts. An adjective, no name.
 */
export function isDutchPlaceAdjective(model: EntityModel, norm: string): boolean {
  return norm.length > 5 && norm.endsWith('se') && ofPlace(model, norm.slice(0, -2));
}
