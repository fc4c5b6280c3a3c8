/**
 * Everything the matchers look names up in, built once from the entity data: the name index,
 * the fuzzy index, given names of people, titles and their holders.
 */
import type { ActorEntry, GazetteerEntry } from '../types.ts';
import type { EntityData } from './data.ts';
import { FuzzyIndex } from './fuzzy.ts';
import type { Lexicon } from './lexicon.ts';
import { NameIndex, type Target } from './name-index.ts';
import { RoleIndex } from './roles.ts';
import { nameTokens, tokenize } from './text.ts';
import { isPersonTitle } from './name-edges.ts';
import type { TownList } from './towns.ts';

/** Lower-case particles that open a family name: "des Cars", "von der Leyen", "van Gogh". */
const NAME_PARTICLE = /^(?:de|des|du|der|den|van|von|da|di|del|dos|la|le)$/iu;

export interface EntityModel {
  names: NameIndex;
  /** Names only one language gives (actors' `aliasesIn`), by language: looked up in its texts only. */
  namesIn: Map<string, NameIndex>;
  fuzzy: FuzzyIndex;
  roles: RoleIndex;
  lexicon: Lexicon;
  /** Folded abbreviations that name no actor, even after an article ("the GDP"). */
  abbreviations: Set<string>;
  /** Folded nouns that head an organisation's name before "of"/"van"/"von" ("Bank of England"). */
  organisationHeads: Set<string>;
  /** Countries' own institutions: general actor id → country place id → the country's actor id. */
  instances: Map<string, Map<string, string>>;
  places: Map<string, GazetteerEntry>;
  actors: Map<string, ActorEntry>;
  /** Place id of each country, by ISO alpha-2. */
  countryByCode: Map<string, string>;
  /** Folded given-name tokens of each person ("kassym", "jomart", "qasym"…). */
  givenNames: Map<string, string[]>;
  /** Smaller towns, looked up only after a cue (town-match.ts). */
  townList: TownList;
  /** The towns found so far, by id: made when first named, so that place() can describe them. */
  towns: Map<string, GazetteerEntry>;
}

/** Surnames whose genitive adds no "s" ("Scholz'", "Macrons" but "Lukaschenkos"): ending in a hiss. */
/** A German institution's noun, whose genitive adds -s or -es: "Innenministerium", "Verfassungsgericht", "Amt". */
const GERMAN_INSTITUTION = /(?:ministerium|gericht|amt)$/;

const GENITIVE_UNMARKED = /(?:s|x|z|ß|ce)$/i;

function add(names: NameIndex, fuzzy: FuzzyIndex | undefined, name: string, target: Target): void {
  names.add(name, target);
  if (!fuzzy) return;
  const toks = tokenize(name);
  // Only one-word names that are not acronyms are worth a fuzzy lookup.
  if (toks.length === 1 && !(toks[0]?.allCaps ?? true)) fuzzy.add(name, target);
}

export function buildModel(data: EntityData): EntityModel {
  const names = new NameIndex();
  const fuzzy = new FuzzyIndex();
  const givenNames = new Map<string, string[]>();
  const countryByCode = new Map<string, string>();
  const countryIds = new Set<string>();
  for (const p of data.places) {
    if (p.kind === 'country' && p.country) {
      countryByCode.set(p.country, p.id);
      countryIds.add(p.id);
    }
  }

  const namesIn = new Map<string, NameIndex>();
  for (const a of data.actors) {
    add(names, fuzzy, a.name, { type: 'actor', id: a.id, form: 'exact' });
    for (const [language, aliases] of Object.entries(a.aliasesIn ?? {})) {
      let index = namesIn.get(language);
      if (!index) namesIn.set(language, (index = new NameIndex()));
      for (const alias of aliases ?? []) index.add(alias, { type: 'actor', id: a.id, form: 'alias' });
    }
    for (const alias of a.aliases) {
      add(names, fuzzy, alias, { type: 'actor', id: a.id, form: 'alias' });
      // German genitive of an institution: "nach Angaben des Innenministeriums", "des Verfassungsgerichts".
      if (a.kind !== 'person' && GERMAN_INSTITUTION.test(alias))
        for (const ending of ['s', 'es'])
          names.add(`${alias}${ending}`, { type: 'actor', id: a.id, form: 'alias' });
    }
  }
  // A surname that is also a country's name ("Luís Montenegro") names the person only after his
  // title (known.ts): alone it is the country.
  const countryNames = new Set(
    data.places
      .filter((p) => p.kind === 'country')
      .flatMap((p) => [p.name, ...Object.values(p.names), ...p.variants])
      .flatMap((n) => (n ? [n.toLowerCase()] : [])),
  );
  for (const a of data.actors) {
    if (a.kind !== 'person') continue;
    const given = new Set<string>();
    for (const full of [a.name, ...a.aliases]) {
      const toks = nameTokens(full);
      const surname = tokenize(full).at(-1);
      // "Willem-Alexander": one word, its parts joined by a hyphen, is a given name and no surname:
      // "Alexander" alone is someone else ("Judge Alexander of Moraes").
      if (toks.length < 2 || !surname || !/\s/.test(full.trim())) continue;
      // "Pope Francis", "King Charles": a title and a given name, which alone names many people.
      if (toks.length === 2 && isPersonTitle(toks[0] as string)) continue;
      // "Duke of York", "Prince of Wales": a title of a place, neither a given name nor a family name;
      // alone, "York" is the city.
      if (toks.includes('of')) continue;
      toks.slice(0, -1).forEach((t) => given.add(t));
      if (surname.text.length < 4 || countryNames.has(surname.text.toLowerCase())) continue;
      // "Yoon Hee-geun" is written family name first: its lowercase last syllable is part of a given
      // name, no surname, and alone it would match inside other names ("Park Geun-hye").
      if (!surname.capitalised) continue;
      // A family name after its particle ("Laurence des Cars", "von der Leyen") is named with it:
      // alone, "Cars" is a word.
      if (NAME_PARTICLE.test(tokenize(full).at(-2)?.text ?? '')) continue;
      add(names, fuzzy, surname.text, { type: 'actor', id: a.id, form: 'alias' });
      // Dutch and German genitive: "ein Sprecher Putins", "Nasarbajews Tochter".
      if (!GENITIVE_UNMARKED.test(surname.text))
        names.add(`${surname.text}s`, { type: 'actor', id: a.id, form: 'alias' });
    }
    givenNames.set(a.id, [...given]);
  }
  for (const p of data.places) {
    const exact: Target = { type: 'place', id: p.id, form: 'exact' };
    // Thousands of unchecked package cities would make any unknown surname close to one of them.
    const near = p.origin === 'package' ? undefined : fuzzy;
    add(names, near, p.name, exact);
    // A name in a language that is the canonical name again (every package city's English one)
    // would only be listed again as it is.
    for (const n of Object.values(p.names)) if (n && n !== p.name) add(names, near, n, exact);
    if (p.variants.length) {
      const alias: Target = { type: 'place', id: p.id, form: 'alias' };
      for (const v of p.variants) add(names, near, v, alias);
    }
    // German genitive of a country: "Israels Luftwaffe", "Russlands Armee", "Chinas Regierung".
    const german = p.names.de ?? p.name;
    if (p.kind === 'country' && !GENITIVE_UNMARKED.test(german))
      names.add(`${german}s`, { type: 'place', id: p.id, form: 'alias' });
  }
  for (const [id, forms] of data.demonyms) {
    for (const form of forms) names.add(form, { type: 'demonym', id, form: 'alias' }, 'any');
  }

  const instances = new Map<string, Map<string, string>>();
  for (const a of data.actors) {
    if (!a.instanceOf || !a.country) continue;
    const byCountry = instances.get(a.instanceOf) ?? new Map<string, string>();
    byCountry.set(a.country, a.id);
    instances.set(a.instanceOf, byCountry);
  }

  const roles = new RoleIndex(names, countryIds);
  for (const a of data.actors) for (const r of a.roles ?? []) roles.addRole(a.id, r);

  return {
    names,
    namesIn,
    fuzzy,
    roles,
    lexicon: data.lexicon,
    abbreviations: data.abbreviations,
    organisationHeads: data.organisationHeads,
    instances,
    places: new Map(data.places.map((p) => [p.id, p])),
    actors: new Map(data.actors.map((a) => [a.id, a])),
    countryByCode,
    givenNames,
    townList: data.towns,
    towns: new Map(),
  };
}
