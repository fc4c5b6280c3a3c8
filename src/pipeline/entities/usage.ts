/**
 * What a country name or a demonym stands for in its sentence. "Kazakh authorities",
 * "Russian troops", "Germany has halted…" name the state acting (an actor); "in Kazakhstan",
 * "exports to Kazakhstan" a place; "the Kazakh city of Almaty", "US citizens" neither.
 */
import type { Token } from './text.ts';
import { countrySubject } from './fronted-country.ts';

/** Nouns for a state's organs and forces, in en/nl/de (folded). */
const AUTHORITIES = new Set(
  [
    'authorities government governments president leadership regime state forces troops soldiers military army',
    'police officials official ministry ministries minister diplomats diplomat embassy intelligence',
    'parliament security soldier',
    'autoriteiten regering overheid president leiding regime staat troepen soldaten militairen leger politie',
    'ministerie minister ambtenaren diplomaten ambassade veiligheidsdiensten veiligheidstroepen parlement',
    'behorden behorde regierung prasident fuhrung staat truppen soldaten militar armee polizei ministerium',
    'minister beamte diplomaten botschaft sicherheitskrafte geheimdienst parlament staatsfuhrung',
  ]
    .join(' ')
    .split(' '),
);

/** Words after a country name that show it is not the subject: prepositions, conjunctions. */
const NOT_A_VERB = new Set(
  'and or but in on at to of for with from by as than that which who en of in op aan van voor met door als dan dat die und oder in an auf zu von fur mit aus bei als dass der die das'.split(
    ' ',
  ),
);

/** "US citizens", "Duitse burgers": people of the country, neither the state nor the place. */
const PEOPLE = new Set(
  'citizens nationals people burgers staatsburgers onderdanen burger staatsburger'.split(' '),
);

const ARTICLES = new Set(['the', 'de', 'het', 'die', 'der']);

/** Words that open a clause of saying, whose subject comes next: "said that the United States wants…". */
const THAT = new Set(['that', 'dat', 'dass']);

/** A space, or a space and the opening quote of what the subject says: "the United States “wants…”". */
const SUBJECT_GAP = /^\s+[“„"‘]?$/;

export type Usage = 'actor' | 'place' | 'none';

/**
 * "Ethnic Armenian forces in Nagorno-Karabakh", "etnische Albanezen": people of a descent, not the
 * state of that name nor its forces.
 */
const ETHNIC = new Set(['ethnic', 'etnische', 'etnisch', 'ethnische', 'ethnischen', 'ethnischer']);

export function demonymUsage(tokens: Token[], text: string, first: number, end: number): Usage {
  const next = tokens[end];
  const prev = tokens[end - 1] as Token;
  if (!next || !/^\s+$/.test(text.slice(prev.end, next.start))) return 'none';
  if (!AUTHORITIES.has(next.norm) || ETHNIC.has(tokens[first - 1]?.norm ?? '')) return 'none';
  // "Kazakh President Tokayev": the person acts, not the state.
  const after = tokens[end + 1];
  if (after?.capitalised && /^\s+$/.test(text.slice(next.end, after.start))) return 'none';
  return 'actor';
}

export function countryUsage(
  tokens: Token[],
  text: string,
  first: number,
  end: number,
  language?: string,
): Usage {
  const next = tokens[end];
  const last = tokens[end - 1] as Token;
  const gap = next ? text.slice(last.end, next.start) : '';
  // "U.S. Geological Survey": the abbreviation's last dot stands between the name and the next word.
  const abbreviated = /^\.\s+$/.test(gap) && last.text.length === 1;
  if (next && (/^\s+$/.test(gap) || abbreviated) && next.capitalised) {
    // "US Secretary of State", "U.S. Geological Survey" read as modifiers, not places.
    return 'none';
  }
  if (next && /^[\s.]+$/.test(gap) && PEOPLE.has(next.norm)) return 'none';
  // "U.S. officials said", "US-Soldaten", "VS-militairen": the state's organs and forces act for it,
  // as "Russian troops" do; the country is no place of what they do or tell.
  if (next && (/^\s+$/.test(gap) || abbreviated || gap === '-') && AUTHORITIES.has(next.norm)) {
    const after = tokens[end + 1];
    return after?.capitalised && /^\s+$/.test(text.slice(next.end, after.start)) ? 'none' : 'actor';
  }
  if (countrySubject(tokens, text, first, language)) return 'actor';
  if (next && SUBJECT_GAP.test(gap) && !next.capitalised && !NOT_A_VERB.has(next.norm)) {
    const prev = tokens[first - 1];
    const before = ARTICLES.has(prev?.norm ?? '') ? tokens[first - 2] : prev;
    const atStart =
      first === 0 ||
      /[.:;,!?“"(—–]/.test(text.slice(prev?.end ?? 0, (tokens[first] as Token).start)) ||
      (first === 1 && ARTICLES.has(prev?.norm ?? '')) ||
      // The subject of a clause of saying speaks or acts in it: "said that the United States wants to
      // learn more about Russian soldiers traveling to Kazakhstan" is no happening in the United States.
      THAT.has(before?.norm ?? '');
    if (atStart) return 'actor';
  }
  return 'place';
}
