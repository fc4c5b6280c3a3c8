/**
 * Second pass: names the data do not list as written. Unseen spellings go to a known name by
 * fuzzy matching with guard rails; a lone surname after a title whose only holder the document
 * already names is taken for a machine-translation error of that holder ("President X" → the
 * president).
 */
import { isCommonWord } from './common-words.ts';
import type { EntityModel } from './model.ts';
import { similarGivenNames, similarNames } from './phonetic.ts';
import { derivedFromKnown } from './derived-from-known.ts';
import { writtenAfterOtherGivenName } from './lone-family-name.ts';
import { isTitle } from './proper-names.ts';
import { isFunctionWord } from './name-edges.ts';
import type { TitleCue } from './roles.ts';
import type { Token } from './text.ts';

/** What the document as a whole says, gathered from the first pass. */
export interface DocumentContext {
  /** Ids of actors and places named in the document as listed in the data. */
  named: ReadonlySet<string>;
  /** Place id of the country the document is mostly about, if one stands out. */
  storyCountry?: string;
  /** ISO codes of the countries the document names, or names a place in. */
  countries: ReadonlySet<string>;
  /** Each sentence's tokens. */
  tokens: readonly (readonly Token[])[];
}

export interface Resolved {
  type: 'actor' | 'place';
  id: string;
  resolution: 'fuzzy' | 'context';
}

/** Every given-name token written before a surname is close to one of the person's given names. */
export function givenNamesFit(model: EntityModel, actorId: string, given: Token[]): boolean {
  const known = model.givenNames.get(actorId) ?? [];
  return given.length > 0 && given.every((t) => known.some((k) => similarGivenNames(t.norm, k)));
}

/**
 * The run's last word as a misspelling of a listed name: within the allowed distance of one
 * name only, not an ordinary word, and backed by the document (the name is there too), by
 * given names that fit, by a title the actor holds, or by being only another transliteration.
 */
export function fuzzyResolve(
  model: EntityModel,
  run: Token[],
  cue: TitleCue | undefined,
  doc: DocumentContext,
  afterIndefiniteArticle = false,
): Resolved | undefined {
  const last = run[run.length - 1];
  if (!last || last.text.length < 4 || last.allCaps) return undefined;
  const given = run.slice(0, -1);
  // An ordinary word, or a noun after an indefinite article ("eine Geisel"), is a garbled family
  // name only after given names that fit: "Gokmen Tennis".
  if (given.length === 0 && (afterIndefiniteArticle || isCommonWord(last.norm, model.lexicon)))
    return undefined;
  if (derivedFromKnown(model, last.norm)) return undefined;
  const candidates = model.fuzzy.lookup(last.text).filter((c) => c.target.type !== 'demonym');
  const best = candidates[0];
  if (!best) return undefined;
  const ids = new Set(
    candidates.filter((c) => c.distance === best.distance).map((c) => `${c.target.type}:${c.target.id}`),
  );
  if (ids.size > 1) return undefined;
  const { type, id } = best.target;
  if (type === 'demonym') return undefined;
  const isPerson = type === 'actor' && model.actors.get(id)?.kind === 'person';
  if (given.length && !(isPerson && givenNamesFit(model, id, given))) return undefined;
  const otherGiven = (t: Token): boolean =>
    !isTitle(model, t.norm) && !isFunctionWord(t.norm) && !givenNamesFit(model, id, [t]);
  if (isPerson && given.length === 0 && writtenAfterOtherGivenName(doc.tokens, last.norm, otherGiven))
    return undefined;
  const transliteration = best.distance === 0 && best.name[0]?.toLowerCase() === last.norm[0];
  const supported =
    transliteration ||
    doc.named.has(id) ||
    given.length > 0 ||
    (cue !== undefined && type === 'actor' && model.roles.holds(id, cue.title)) ||
    (isPerson && writtenAfterGivenName(model, doc, id, last.norm)) ||
    (type === 'place' && placeOfStoryCountry(model, doc, id));
  return supported ? { type, id, resolution: 'fuzzy' } : undefined;
}

/**
 * A translation that garbles a town ("the airport of Zaventum") names it in the country its story
 * is about: a close listed town of that country is the town meant.
 */
function placeOfStoryCountry(model: EntityModel, doc: DocumentContext, id: string): boolean {
  const place = model.places.get(id);
  return (
    place !== undefined &&
    place.kind === 'city' &&
    doc.storyCountry !== undefined &&
    model.places.get(doc.storyCountry)?.country === place.country
  );
}

/**
 * A translation garbles a family name the same way each time ("his predecessor Jair Bolsonario" …
 * "Bolsonario was admitted"): written once after the holder's given name, the spelling alone is
 * the holder elsewhere in the document too.
 */
function writtenAfterGivenName(model: EntityModel, doc: DocumentContext, id: string, norm: string): boolean {
  for (const tokens of doc.tokens)
    for (let i = 1; i < tokens.length; i++)
      if ((tokens[i] as Token).norm === norm && givenNamesFit(model, id, [tokens[i - 1] as Token]))
        return true;
  return false;
}

/**
 * A name right after a title ("President X") that is nobody listed: the one holder of that
 * title for the country in the cue, or else for the document's country. Only a translation
 * error is taken for the holder, and a real person is kept with the name as written ("US
 * Secretary of State Marco Rubio" is not the table's Blinken): one word written nowhere else in
 * the document while the document names the holder elsewhere, or the holder's given names before
 * a garbled family name.
 */
export function contextResolve(
  model: EntityModel,
  run: Token[],
  cue: TitleCue | undefined,
  doc: DocumentContext,
): Resolved | undefined {
  const name = run[run.length - 1];
  if (!cue || !name) return undefined;
  const holder = soleHolder(model, cue, doc, run.slice(0, -1), name);
  if (!holder) return undefined;
  // A translation that garbles a family name garbles it each time ("Wagner chief Yevgeny Primakov"
  // … "Primakov said"): after the holder's given name, written again is no sign of a real person.
  // The holder's given names ("Kremlin spokesman Dmitry Shostakovich" for Dmitry Peskov, "HTS
  // leader Abu Mohammed al-Baghdadi" for Abu Mohammed al-Jolani) are the holder, whatever family
  // name follows, where the document names the holder elsewhere: a real namesake would not share
  // both the title and the given name. Without the holder elsewhere, only a family name that
  // starts as the holder's does ("US Secretary of State Tony Blair"). A whole other name written
  // once, where the document names the holder ("British Prime Minister Kiefer Sutherland promised
  // a tough response … said Starmer"), is his too where the document calls him by his family name
  // alone: news names a real person again by the family name. A holder named only in full ("K.P.
  // Sharma Oli resigned") may have a successor the table does not list.
  const backed =
    run.length === 1
      ? (doc.named.has(holder) || opensAsHolder(model, holder, name)) && !writtenAgain(doc, name)
      : (doc.named.has(holder) && givenNamesFit(model, holder, run.slice(0, -1))) ||
        (run.length === 2 && garbledFamilyName(model, holder, run, doc, cue.after === true)) ||
        (run.length === 2 && holderFamilyWord(model, holder, run)) ||
        (run.length === 2 && soundsAsHolder(model, holder, run[1])) ||
        (run.length === 2 &&
          namedByFamilyAlone(model, holder, doc) &&
          run.every((t) => !writtenAgain(doc, t)));
  return backed ? { type: 'actor', id: holder, resolution: 'context' } : undefined;
}

/**
 * The one holder of the cue's title for its country or the document's; a title no country
 * holds ("Wagner chief", "Kremlin chief") is its holder's wherever the document is about. Of a
 * title held in turn (two prime ministers of Japan), the one holder the document names; of two it
 * names (the prime minister who resigned and the one sworn in), the one whose given names are
 * written before the name. Where it names none of them, the one whose given names are written
 * ("Prime Minister Elisabeth Born" for Élisabeth Borne) or whose family name a lone garble opens
 * as ("Prime Minister Bayreuth" for Bayrou, not Borne).
 */
function soleHolder(
  model: EntityModel,
  cue: TitleCue,
  doc: DocumentContext,
  given: Token[],
  name: Token,
): string | undefined {
  let holders = model.roles.holdersOf(cue.title, cue.country ?? doc.storyCountry);
  if (holders.length === 0 && cue.country === undefined)
    holders = model.roles.holdersOf(cue.title, undefined);
  // A document about two countries alike ("Spain and Portugal") has no country of its own: the
  // title is held in one of those it names.
  if (holders.length === 0 && cue.country === undefined && doc.storyCountry === undefined)
    holders = [...doc.countries].flatMap((code) => {
      const country = model.countryByCode.get(code);
      return country ? model.roles.holdersOf(cue.title, country) : [];
    });
  const named = holders.filter((id) => doc.named.has(id));
  if (holders.length > 1 && named.length > 0) holders = named;
  if (holders.length > 1 && given.length > 0)
    holders = holders.filter((id) => givenNamesFit(model, id, given));
  if (holders.length > 1 && given.length === 0)
    holders = holders.filter((id) => opensAsHolder(model, id, name));
  return holders.length === 1 ? holders[0] : undefined;
}

/**
 * "US Secretary of State Tony Blair" for Antony Blinken: the holder's given name with a family
 * name that starts as the holder's does, which a translation turned into another famous one. A
 * given name of someone else ("Marco Rubio") is a real person.
 */
function garbledFamilyName(
  model: EntityModel,
  holder: string,
  [given, family]: Token[],
  doc: DocumentContext,
  apposition: boolean,
): boolean {
  const holderFamily = familyNameOf(model, holder);
  return (
    given !== undefined &&
    family !== undefined &&
    holderFamily !== undefined &&
    family.norm !== holderFamily &&
    // "Sushila Kirchner" for Sushila Karki: only the first letter kept, where the document names her
    // or the title follows the name in apposition ("Ashraf Gandhi, the president of … Afghanistan").
    (family.norm.slice(0, 2) === holderFamily.slice(0, 2) ||
      (family.norm[0] === holderFamily[0] && (doc.named.has(holder) || apposition))) &&
    givenNamesFit(model, holder, [given])
  );
}

/**
 * "The Berlin Interior Senator Andreas Hostage" for Andreas Geisel, "Interior Minister Ralf Hunter"
 * for Ralf Jäger: a translation turned the family name into the English word it means (German
 * "Geisel", a hostage). The holder's given names with an ordinary word for a family name are the
 * holder; a real successor of the same given names bears a name, not a word of the language. A
 * word the dictionary also writes as a name ("Tony Smith", "Ralf Hunter") may be the real one: only
 * the parts of the holder's own family name, translated, name him then (translated-compound.ts).
 */
function holderFamilyWord(model: EntityModel, holder: string, [given, family]: Token[]): boolean {
  return (
    given !== undefined &&
    family !== undefined &&
    family.norm !== familyNameOf(model, holder) &&
    isCommonWord(family.norm, model.lexicon) &&
    !model.lexicon.proper.has(family.norm) &&
    givenNamesFit(model, holder, [given])
  );
}

/**
 * "the Minister President of Saxony-Anhalt, David Hasselhoff (CDU)" for Reiner Haseloff: a
 * translation took the holder's name for a famous one that sounds alike, given name and all. A
 * family name spelt otherwise but sounding as the title's one holder's is his; a real namesake
 * holding the title would be listed.
 */
function soundsAsHolder(model: EntityModel, holder: string, family: Token | undefined): boolean {
  const holderFamily = familyNameOf(model, holder);
  return (
    family !== undefined &&
    holderFamily !== undefined &&
    family.norm !== holderFamily &&
    similarNames(family.norm, holderFamily)
  );
}

/** The last word of a listed person's name, in lower case. */
function familyNameOf(model: EntityModel, id: string): string | undefined {
  return model.actors.get(id)?.name.split(' ').pop()?.toLowerCase();
}

/** Letters a one-word garble keeps of the holder's family name ("Prime Minister Bayreuth" for Bayrou). */
const KEPT_OPENING = 4;

/**
 * The one word after the title opens as the holder's family name does: a translation that turned
 * the name into a famous word kept its sound ("Bayreuth" for Bayrou), where another holder of the
 * title would bear a name of his own ("Barnier").
 */
function opensAsHolder(model: EntityModel, holder: string, name: Token): boolean {
  const holderFamily = familyNameOf(model, holder);
  return (
    holderFamily !== undefined &&
    name.norm !== holderFamily &&
    holderFamily.length >= KEPT_OPENING &&
    name.norm.slice(0, KEPT_OPENING) === holderFamily.slice(0, KEPT_OPENING)
  );
}

/** The capitalised word is written more than once in the document. */
/** The document writes the holder's family name without one of his given names before it ("said Starmer"). */
function namedByFamilyAlone(model: EntityModel, holder: string, doc: DocumentContext): boolean {
  const family = familyNameOf(model, holder);
  const given = model.givenNames.get(holder) ?? [];
  return doc.tokens.some((tokens) =>
    tokens.some((t, i) => t.capitalised && t.norm === family && !given.includes(tokens[i - 1]?.norm ?? '')),
  );
}

/** Whether the capitalised word is written more than once in the document. */
export function writtenAgain(doc: DocumentContext, word: Token): boolean {
  let n = 0;
  for (let s = 0; s < doc.tokens.length; s++) {
    const tokens = doc.tokens[s] as Token[];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.capitalised && t.norm === word.norm && ++n > 1) return true;
    }
  }
  return false;
}
