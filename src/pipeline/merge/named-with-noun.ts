/**
 * "The Palisades and Eaton fires were fully contained" in one report, "the Eaton Fire" in another
 * of the same story: a one-word name nobody listed, written right before a common noun, is the one
 * name of a sister report that is that word and that noun capitalised ("Eaton" + "fires" is the
 * Eaton Fire), not a person or body of its own. The noun may be written in another language: "de
 * Eaton branden" and "de Eaton Brand" are the Eaton Fire too, the noun a word of the lexicon
 * concept whose English noun the sister report writes ("brand", "Feuer": fire).
 */
import type { EventCandidate } from '../candidates/event-candidate.ts';
import { defaultLexicon } from '../candidates/lexicon.ts';
import { UNKNOWN_PREFIX } from '../entities/text.ts';
import type { SameStory } from '../story-links.ts';
import { soleRelated, writtenIn } from './story-names.ts';

/** The lowercase noun right after a name: "Eaton fires" → "fires". */
const NOUN_AFTER = /^\s+(\p{Ll}{3,})/u;
/** Plural endings of en, nl and de that a singular name drops: "fires", "branden", "Bränden". */
const PLURAL = /(?:es|s|en|n)$/;

/** A stem with a wildcard or of more than one word: no one noun. */
const NOT_ONE_WORD = /[*\s]/;

/** Each single word a concept's stems list exactly to the concept's English noun, built once. */
let englishNouns: Map<string, string> | undefined;
function englishNoun(word: string): string | undefined {
  if (!englishNouns) {
    englishNouns = new Map();
    for (const c of defaultLexicon.concepts)
      if (!c.noun.includes(' '))
        for (const stem of c.stems)
          if (!NOT_ONE_WORD.test(stem) && !englishNouns.has(stem)) englishNouns.set(stem, c.noun);
  }
  return englishNouns.get(word);
}

/** The forms a name's noun may take: as written, without a plural ending, and in English. */
function formsOf(noun: string): string[] {
  const singular = noun.replace(PLURAL, '');
  const forms = singular === noun ? [noun] : [noun, singular, noun.slice(0, -1)];
  const english = englishNoun(noun) ?? englishNoun(singular);
  return english && !forms.includes(english) ? [...forms, english] : forms;
}

type Lone = Map<string, { documents: Set<string>; nouns: Set<string> }>;

/** Notes that the name `id`, written in `document`, may be the two-word name `key` of a sister report. */
function mayBe(lone: Lone, id: string, document: string, key: string): void {
  let seen = lone.get(id);
  if (!seen) lone.set(id, (seen = { documents: new Set(), nouns: new Set() }));
  seen.documents.add(document);
  seen.nouns.add(key);
}

/** "eaton-brand" where "eaton-fire" is written too: the same name, in another language. */
function translatedOf(key: string, named: ReadonlyMap<string, Set<string>>): boolean {
  const [first, noun] = key.split('-') as [string, string];
  const english = englishNoun(noun);
  return english !== undefined && english !== noun && named.has(`${first}-${english}`);
}

/**
 * Each such one-word name's id, and each two-word name's with its noun in another language, to the
 * id of the name a sister report gives it.
 */
export function namedWithNoun(
  candidates: readonly EventCandidate[],
  sameStory: SameStory,
): Map<string, string> {
  const lone: Lone = new Map();
  const named = new Map<string, Set<string>>();
  for (const c of candidates)
    for (const m of c.sentence.mentions) {
      if (!m.id?.startsWith(UNKNOWN_PREFIX) || m.kind === 'place') continue;
      const words = m.id.slice(UNKNOWN_PREFIX.length).split('-');
      if (words.length === 1) {
        const noun = NOUN_AFTER.exec(c.sentence.text.slice(m.end))?.[1];
        if (!noun) continue;
        for (const form of formsOf(noun.toLowerCase()))
          mayBe(lone, m.id, c.document, `${words[0] as string}-${form}`);
      } else if (words.length === 2) {
        writtenIn(named, m.id.slice(UNKNOWN_PREFIX.length), c.document);
        // "de Eaton Brand": the name as a sister report writes it in English.
        const english = englishNoun(words[1] as string);
        if (english && english !== words[1])
          mayBe(lone, m.id, c.document, `${words[0] as string}-${english}`);
      }
    }
  const to = new Map<string, string>();
  const sister = (w: string, d: string) => w !== d && sameStory(w, d);
  for (const [id, { documents, nouns }] of lone) {
    const names = new Map<string, Set<string>>();
    for (const key of nouns) {
      const written = named.get(key);
      if (written && !translatedOf(key, named)) names.set(`${UNKNOWN_PREFIX}${key}`, written);
    }
    const full = soleRelated(names, documents, sister);
    if (full !== undefined) to.set(id, full);
  }
  return to;
}
