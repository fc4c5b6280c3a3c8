/**
 * German names a country's institutions with the country in the genitive before them: "Israels
 * Luftwaffe", "Russlands Armee", "Chinas Regierung". The model lists those forms (model.ts); this
 * tells how a match of one is used. Only as the owner of the noun after it is it read as the
 * country: before a title and a name ("Kenias Präsident William Ruto") it only says whose title it
 * is, and after a noun ("in den Rücken Russlands") it is a figure of speech as often as a place,
 * but after a compass noun ("im Westen Deutschlands") it names the part of the country it is in.
 */
import type { EntityModel } from './model.ts';
import { isGermanCompassNoun } from './name-edges.ts';
import type { Token } from './text.ts';

export type GenitiveUse = 'owner' | 'other';

/** How the country `id`, matched on tokens[first, end), is used when it is its German genitive. */
export function germanGenitiveUse(
  model: EntityModel,
  id: string,
  tokens: readonly Token[],
  first: number,
  end: number,
): GenitiveUse | undefined {
  const place = model.places.get(id);
  const german = place?.names.de ?? place?.name;
  if (german === undefined || tokens[end - 1]?.text !== `${german}s`) return undefined;
  if (isGermanCompassNoun(tokens[first - 1]?.norm ?? '')) return undefined;
  return tokens[end]?.capitalised === true && tokens[end + 1]?.capitalised !== true ? 'owner' : 'other';
}
