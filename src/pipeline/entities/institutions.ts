/**
 * An institution every country has, named without the country ("the Interior Ministry", "het
 * ministerie van Binnenlandse Zaken", "das Innenministerium"), is one country's own only where
 * the text says which: the country written right before or after it ("Kazakhstan's Interior
 * Ministry", "the Interior Ministry of Kazakhstan"), or else the country the document is mostly
 * about. Elsewhere it stays the general actor: a story from Colombia is no Kazakh ministry's.
 */
import type { Found, SentenceState } from './found.ts';
import type { EntityModel } from './model.ts';
import { isOf } from './name-edges.ts';
import type { DocumentContext } from './repair.ts';
import type { Token } from './text.ts';

function countryOf(model: EntityModel, f: Found): string | undefined {
  const id = f.refers ?? f.id;
  return id !== undefined && model.places.get(id)?.kind === 'country' ? id : undefined;
}

/** The country named right before the mention ("Kazakh", "Kazakhstan's") or after "of" ("of Kazakhstan"). */
function qualifier(model: EntityModel, state: SentenceState, m: Found): string | undefined {
  const { tokens, found, sentence } = state;
  for (const f of found) {
    const country = countryOf(model, f);
    if (!country) continue;
    const s = tokens[f.end];
    const possessive =
      f.end + 1 === m.first &&
      s?.norm === 's' &&
      /^['’]$/.test(sentence.text.slice((tokens[f.end - 1] as Token).end, s.start));
    if (f.end === m.first || possessive) return country;
    if (f.first === m.end + 1 && isOf(tokens[m.end]?.norm)) return country;
  }
  return undefined;
}

/** Gives each mention of a general institution the actor of its country, where the text says the country. */
export function localiseInstitutions(model: EntityModel, state: SentenceState, doc: DocumentContext): void {
  for (const f of state.found) {
    const byCountry = f.kind === 'actor' && f.id !== undefined ? model.instances.get(f.id) : undefined;
    if (!byCountry) continue;
    const country = qualifier(model, state, f) ?? doc.storyCountry;
    const local = country === undefined ? undefined : byCountry.get(country);
    if (!local) continue;
    f.id = local;
    // The text names the general institution: for the country's own that is another name.
    f.resolution = 'alias';
  }
}
