/**
 * The first pass over a document: each sentence's listed names (places, actors, demonyms) as the
 * gazetteer and the alias table give them, and what the whole document names, which the second
 * pass reads unknown names against.
 */
import type { TimedSentence } from '../types.ts';
import type { Found, SentenceState, UnknownNames } from './found.ts';
import { findKnown } from './known.ts';
import type { EntityModel } from './model.ts';
import { germanGenitiveUse } from './german-genitive.ts';
import { claimOrganisations } from './org-names.ts';
import { demonymOpensName } from './demonym-name.ts';
import { capitalNamed } from './demonym-capital.ts';
import { airspaceNamed } from './demonym-airspace.ts';
import type { DocumentContext } from './repair.ts';
import { tokenize } from './text.ts';
import { countryUsage, demonymUsage } from './usage.ts';
import { compareText } from '../compare-text.ts';

export function firstPass(
  model: EntityModel,
  sentence: TimedSentence,
  language: string,
  unknowns: UnknownNames,
): SentenceState {
  const text = sentence.text;
  const tokens = tokenize(text);
  const covered = new Uint8Array(tokens.length);
  const found: Found[] = [];
  const state: SentenceState = { sentence, tokens, found, covered };
  const hits = claimOrganisations(model, state, findKnown(tokens, text, model, language), unknowns);
  for (const hit of hits) {
    const { type, id, form } = hit.name.target;
    // Left to the second pass, which reads the pair as a name.
    if (
      type === 'demonym' &&
      demonymOpensName(model, tokens, text, { first: hit.first, end: hit.end, language })
    )
      continue;
    const genitive =
      type === 'place' && language === 'de'
        ? germanGenitiveUse(model, id, tokens, hit.first, hit.end)
        : undefined;
    if (genitive === 'other') continue;
    const capital = type === 'demonym' ? capitalNamed(model, tokens, hit.end, id) : undefined;
    const over = type === 'demonym' && !capital && airspaceNamed(tokens, hit.end) ? id : undefined;
    const end = capital ? hit.end + 1 : hit.end;
    for (let i = hit.first; i < end; i++) covered[i] = 1;
    const resolution = hit.garbled ? 'fuzzy' : form;
    if (capital ?? over) {
      found.push({
        first: hit.first,
        end,
        kind: 'place',
        id: capital ?? over,
        resolution,
        refers: undefined,
        person: false,
      });
    } else if (type === 'demonym') {
      const actor = demonymUsage(tokens, text, hit.first, hit.end) === 'actor';
      found.push({
        first: hit.first,
        end: hit.end,
        kind: actor ? 'actor' : 'place',
        id: actor ? id : undefined,
        resolution,
        refers: id,
        person: false,
      });
    } else if (type === 'place' && model.places.get(id)?.kind === 'country') {
      // "Israels Luftwaffe griff … an": a German genitive owns the noun after it, which acts for it.
      const usage = genitive === 'owner' ? 'actor' : countryUsage(tokens, text, hit.first, hit.end, language);
      found.push({
        first: hit.first,
        end: hit.end,
        kind: usage === 'actor' ? 'actor' : 'place',
        id: usage === 'none' ? undefined : id,
        resolution,
        refers: id,
        person: false,
      });
    } else {
      found.push({
        first: hit.first,
        end: hit.end,
        kind: type,
        id,
        resolution,
        refers: undefined,
        person: type === 'actor' && model.actors.get(id)?.kind === 'person',
      });
    }
  }
  return state;
}

export function documentContext(model: EntityModel, states: SentenceState[]): DocumentContext {
  const named = new Set<string>();
  const countries = new Map<string, number>();
  for (let i = 0; i < states.length; i++) {
    const found = (states[i] as SentenceState).found;
    for (let k = 0; k < found.length; k++) {
      const f = found[k] as Found;
      const id = f.id ?? f.refers;
      if (!id) continue;
      named.add(id);
      const place = model.places.get(id);
      const country =
        place?.kind === 'country' ? id : place?.country && model.countryByCode.get(place.country);
      if (country) countries.set(country, (countries.get(country) ?? 0) + 1);
    }
  }
  const ranked = [...countries].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
  const [top, second] = ranked;
  const codes = new Set([...countries.keys()].map((id) => model.places.get(id)?.country ?? ''));
  return {
    named,
    countries: codes,
    tokens: states.map((s) => s.tokens),
    ...(top && (!second || top[1] > second[1]) ? { storyCountry: top[0] } : {}),
  };
}
