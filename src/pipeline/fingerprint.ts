/**
 * A document's fingerprint for finding other documents that tell the same story, across languages
 * and transliterations: the figures it cites and a consonant skeleton of the proper names it uses
 * ("Tokayev", "Tokajev", "Tokajew" → "tkv"; "Kazakhstan", "Kazachstan", "Kasachstan" → "kshstn").
 */
import { CappedCache } from './capped-cache.ts';
import { LEXICONS } from './time/lexicon.ts';

/** Numbers this small or year-like say little about which story a text tells. */
function isTelling(value: number): boolean {
  return value > 12 && !(Number.isInteger(value) && value >= 1900 && value <= 2100);
}

/** "4,000" and "4.000" are thousands; "2,2" and "2.2" are decimals: what follows the separator tells. */
export function numberValue(written: string): number {
  const parts = written.split(/[.,\u00a0\u202f ]/);
  if (parts.length > 1 && parts.slice(1).every((p) => p.length === 3)) return Number(parts.join(''));
  if (parts.length === 2) return Number(`${parts[0]}.${parts[1]}`);
  return Number(parts.join(''));
}

/** The same names recur across a corpus: each spelling is reduced once. */
const skeletons = new CappedCache<string, string>();

export function nameSkeleton(word: string): string {
  const cached = skeletons.get(word);
  if (cached !== undefined) return cached;
  const skeleton = reduceName(word);
  skeletons.set(word, skeleton);
  return skeleton;
}

function reduceName(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/oe/g, 'u')
    .replace(/dzh|dj|dsch/g, 'j')
    .replace(/[kc]h|ch/g, 'h')
    .replace(/ck|c|q/g, 'k')
    .replace(/z/g, 's')
    .replace(/w/g, 'v')
    .replace(/ph/g, 'f')
    .replace(/[^a-z]/g, '')
    .replace(/[aeiouyj]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** Calendar words are capitalised in English and German but name no one. */
const CALENDAR = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag samstag sonntag ' +
    'january february march april june july august september october november december januar februar märz juni juli oktober dezember'
  ).split(' '),
);

const NUMBER = /\d{1,3}(?:[.,\u00a0\u202f]\d{3})+(?![\d])|\d+(?:[.,]\d+)?/g;
/**
 * An age ("the 81-year-old", "der 81-Jährige", "81 jaar oud") says who someone is, not what the
 * story counts: it links reports of that person, but is no figure a later report gives as news.
 */
const AGE_AFTER = /^(?:-(?:year|jährig|jarig)|\s+(?:years?\s+old|jahre\s+alt|jaar\s+oud))/i;
/**
 * A day of the month ("29 oktober", "am 29. Oktober", "October 29") links reports of one story, but
 * every later report names the day the story began: it is no news that only later reports knew.
 */
const MONTHS = [...new Set(Object.values(LEXICONS).flatMap((l) => Object.keys(l.months)))].join('|');
const MONTH_AFTER = new RegExp(`^\\.?\\s+(?:${MONTHS})\\b`, 'iu');
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})\\.?\\s+$`, 'iu');
const WORD = /[\p{L}][\p{L}'’-]*/gu;

const NO_WORDS: ReadonlySet<string> = new Set();
/** Only a capitalised word can be taken for a name. */
const CAPITALISED_WORD = /(?<![\p{L}])\p{Lu}[\p{L}'’-]*/gu;

/** What a word adds to a fingerprint: an acronym ("a:CSTO") anywhere, a name skeleton except first in a sentence. */
interface WordFeature {
  acronym?: string;
  name?: string;
}

/** A corpus repeats its words: each is looked at once. */
const wordFeatures = new CappedCache<string, WordFeature>();

function featureOf(word: string): WordFeature {
  let feature = wordFeatures.get(word);
  if (feature) return feature;
  feature = {};
  if (/^\p{Lu}{2,6}$/u.test(word)) feature.acronym = `a:${word}`;
  else if (word.length >= 4 && /^\p{Lu}/u.test(word) && !CALENDAR.has(word.toLowerCase())) {
    const skeleton = nameSkeleton(word);
    if (skeleton.length >= 3) feature.name = `w:${skeleton}`;
  }
  wordFeatures.set(word, feature);
  return feature;
}

/** Figures ("n:4000") and name skeletons ("w:tkv") of a document's sentences. */
export function fingerprint(sentences: readonly string[]): Set<string> {
  const features = new Set<string>();
  for (const sentence of sentences) {
    // match() gives the matched texts only: no match objects, no iterator, no copy of the expression.
    for (const written of sentence.match(NUMBER) ?? []) {
      const value = numberValue(written);
      if (Number.isFinite(value) && isTelling(value)) features.add(`n:${value}`);
    }
    const words = sentence.match(WORD) ?? [];
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as string;
      // A word in lower case is neither an acronym nor a name: most words need no look-up.
      const initial = word.charCodeAt(0);
      if (initial >= 97 && initial <= 122) continue;
      const feature = featureOf(word);
      // The first word of a sentence is capitalised whatever it is.
      if (feature.acronym) features.add(feature.acronym);
      else if (i > 0 && feature.name) features.add(feature.name);
    }
  }
  return features;
}

/**
 * The figure features that `sentences` write as someone's age ("n:81") or a day of the month, and
 * the name features of the words of `nameless` (lower case) they write capitalised: an adjective of
 * nationality ("Amerikaanse", "Britse") is shared by reports in one language whatever each tells.
 */
export function noNewsIn(
  sentences: readonly string[],
  nameless: ReadonlySet<string> = NO_WORDS,
): Set<string> {
  const figures = new Set<string>();
  for (const sentence of sentences) {
    if (nameless.size > 0)
      for (const word of sentence.match(CAPITALISED_WORD) ?? []) {
        const name = nameless.has(word.toLowerCase()) ? featureOf(word).name : undefined;
        if (name) figures.add(name);
      }
    NUMBER.lastIndex = 0;
    for (let m = NUMBER.exec(sentence); m !== null; m = NUMBER.exec(sentence)) {
      const end = m.index + m[0].length;
      const value = numberValue(m[0]);
      if (
        AGE_AFTER.test(sentence.slice(end, end + 12)) ||
        (value <= 31 &&
          (MONTH_AFTER.test(sentence.slice(end, end + 12)) ||
            MONTH_BEFORE.test(sentence.slice(Math.max(0, m.index - 11), m.index))))
      )
        figures.add(`n:${value}`);
    }
  }
  return figures;
}

/** Fingerprint features as a reader can check them: "figures 57, 40000 and 3 names". */
export function describeFeatures(features: readonly string[]): string {
  const figures = features.filter((f) => f.startsWith('n:')).map((f) => f.slice(2));
  const named = features.length - figures.length;
  const parts = [];
  if (figures.length > 0) parts.push(`figures ${figures.slice(0, 6).join(', ')}`);
  if (named > 0) parts.push(`${named} name${named === 1 ? '' : 's'}`);
  return parts.join(' and ');
}
