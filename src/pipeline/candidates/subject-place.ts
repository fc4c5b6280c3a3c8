/**
 * A sentence whose subject names again, with a definite article, the happening the report told
 * just before ("Thousands of people marched through Nanterre … The march, led by the teenager's
 * mother, ended in clashes as police fired tear gas at protesters who set cars … on fire", "De
 * demonstratie eindigde in rellen", "Die Demonstration endete in Krawallen") goes on where that
 * happening was: when it names no place of its own, it borrows that happening's places, as a
 * pronoun borrows the person named before. The noun names the happening when it begins as a word of
 * that happening's trigger does ("march" and "marched", "demonstratie" and "demonstreerden").
 */
import type { Mention } from '../types.ts';
import type { CompiledTrigger } from './compiled.ts';
import type { EventCandidate } from './event-candidate.ts';
import type { Reading, Scope } from './reading.ts';
import { findMatches } from './match.ts';
import { tokenize, type Token } from './tokenize.ts';
import type { Vocabulary, WordFacts } from './vocabulary.ts';

/** Definite articles and demonstratives that open a subject named again. */
const DEFINITE = new Set('the this these de het deze dit der die das dieser diese'.split(' '));

/** The shortest stem a noun and the earlier trigger word share: "march" and "marched", not "arm" and "army". */
const MIN_STEM = 4;

/** The share of a noun's letters a word that names it again begins with: "demonstratie" and "demonstreerden". */
const STEM_SHARE = 0.6;

function sharedStem(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** The letters a noun shares with a word that names it again: its stem, not its ending. */
function stemLength(noun: string): number {
  return Math.max(MIN_STEM, Math.ceil(noun.length * STEM_SHARE));
}

/** The noun names a trigger's words again. */
function namesAgain(noun: string, words: readonly Token[]): boolean {
  const need = stemLength(noun);
  return words.some((w) => sharedStem(noun, w.word) >= need);
}

/** The first of `told` whose trigger in its sentence one of the nouns names again. */
function namedAgain(
  opening: readonly Token[],
  told: readonly EventCandidate[],
  vocabulary: Vocabulary<CompiledTrigger>,
): EventCandidate | undefined {
  const text = (told[0] as EventCandidate).sentence.text;
  const lower = text.toLowerCase();
  // The cheap test first: the earlier sentence holds the noun's stem at all.
  const nouns = opening.filter((n) => lower.includes(n.word.slice(0, stemLength(n.word))));
  if (nouns.length === 0) return undefined;
  const tokens = tokenize(text);
  const facts = vocabulary.ofTokens(tokens);
  const matches = findMatches(tokens, (i) => (facts[i] as WordFacts<CompiledTrigger>).triggers);
  for (const noun of nouns)
    for (const { item, match } of matches) {
      const words = tokens.filter((t) => t.start >= match.start && t.end <= match.end);
      const source = told.find((c) => c.kind === item.kind);
      if (source && namesAgain(noun.word, words)) return source;
    }
  return undefined;
}

/**
 * The nouns that may open the subject: the word after the article, or the one after that ("De
 * stille mars"). English and Dutch write common nouns in lower case, so "The Hague" or "The
 * March 5 vote" name nothing told before.
 */
function subjectNouns(text: string, tokens: readonly Token[], lang: string): Token[] {
  if (!DEFINITE.has(tokens[0]?.word ?? '')) return [];
  const nouns: Token[] = [];
  for (const t of tokens.slice(1, 3)) {
    if (!t.letters || t.word.length < MIN_STEM) continue;
    const first = text.charAt(t.start);
    if (lang !== 'de' && first !== first.toLowerCase()) continue;
    nouns.push(t);
  }
  return nouns;
}

/**
 * The places the sentence borrows from the happening its subject names again, with that
 * happening's kind, when the sentence names no place: the happening is one of the candidates of
 * the last sentence that reported something (`earlier`, in order), in the sentence's paragraph or
 * the one before. Only what the sentence tells beside that happening takes them ("The fire broke
 * out at about 6:50 p.m." is the fire told again, whose report joins the first one as it is).
 */
export function subjectPlaces(
  scope: Pick<Scope, 'article' | 'lang' | 'vocabulary'>,
  { s, tokens, mentions }: Pick<Reading, 's' | 'tokens' | 'mentions'>,
  earlier: readonly EventCandidate[],
): { kind: string; places: Mention[] } | undefined {
  const { article, lang, vocabulary } = scope;
  const last = earlier.at(-1);
  if (!last || mentions.some((m) => m.kind === 'place')) return undefined;
  const nouns = subjectNouns(s.text, tokens, lang);
  if (nouns.length === 0) return undefined;
  const here = article.paragraphs.findIndex((p) => p.id === s.paragraph);
  const there = article.paragraphs.findIndex((p) => p.id === last.sentence.paragraph);
  if (there < here - 1) return undefined;
  const told: EventCandidate[] = [];
  for (let i = earlier.length - 1; i >= 0 && earlier[i]?.sentence === last.sentence; i--) {
    const c = earlier[i] as EventCandidate;
    if (c.places.length > 0) told.unshift(c);
  }
  const source = told.length > 0 ? namedAgain(nouns, told, vocabulary) : undefined;
  if (!source) return undefined;
  // Put after the sentence's last word, a borrowed place can be no subject or agent of its own.
  const places = last.sentence.mentions
    .filter((m) => m.kind === 'place' && m.id !== undefined && source.places.includes(m.id))
    .map((m) => ({ ...m, start: s.text.length, end: s.text.length }));
  return { kind: source.kind, places };
}

/** The reading a happening of each kind is read with: with the borrowed places, but for the happening named again. */
export function placedReading(
  scope: Pick<Scope, 'article' | 'lang' | 'vocabulary'>,
  reading: Reading,
  earlier: readonly EventCandidate[],
): (kind: string) => Reading {
  const lent = subjectPlaces(scope, reading, earlier);
  if (!lent) return () => reading;
  const placed = { ...reading, mentions: [...reading.mentions, ...lent.places] };
  return (kind) => (kind === lent.kind ? reading : placed);
}
