/** The lexicon's small pattern language over word tokens. */
import type { Token } from './tokenize.ts';

/** How many words "..." may skip; "...3" skips at most three. */
const GAP = 10;
const BOUNDED_GAP = /^\.\.\.(\d{1,2})$/;

type Part = { gap: true; max: number } | { gap: false; test: (word: string) => boolean; particle?: boolean };

/**
 * Dutch and German articles. A separable verb's particle ends its clause ("hield de man aan"), so
 * the same word right before an article is a preposition: "hielden een bijeenkomst aan het
 * Vrijheidsplein" arrests no one.
 */
const ARTICLES = new Set('de het een der die das dem den des ein eine einem einen einer'.split(' '));

/** Dutch "om te" opens a clause of purpose ("kwamen bijeen om te staken"): "om" there is no particle. */
const INFINITIVE_MARKER = 'te';

function partOf(p: string): Part {
  if (p === '...') return { gap: true, max: GAP };
  const bounded = BOUNDED_GAP.exec(p);
  if (bounded) return { gap: true, max: Number(bounded[1]) };
  const particle = p.length > 1 && p.endsWith('$');
  return { gap: false, test: wordTest(particle ? p.slice(0, -1) : p), particle };
}

function wordTest(p: string): (word: string) => boolean {
  const lead = p.startsWith('*');
  const trail = p.endsWith('*') && p.length > 1;
  const core = p.slice(lead ? 1 : 0, trail ? -1 : undefined);
  if (lead && trail) return (w) => w.includes(core);
  if (trail) return (w) => w.startsWith(core);
  if (lead) return (w) => w.endsWith(core);
  return (w) => w === core;
}

export interface Pattern {
  source: string;
  parts: Part[];
}

export function compilePattern(source: string): Pattern {
  const parts: Part[] = source
    .toLowerCase()
    .split(/\s+/)
    .filter((p) => p.length > 0)
    .map(partOf);
  return { source, parts };
}

export interface Match {
  /** Character span of the matched words in the text. */
  start: number;
  end: number;
  /** Index of the first matched token. */
  token: number;
}

function matchFrom(parts: Part[], pi: number, tokens: Token[], ti: number): number {
  if (pi === parts.length) return ti - 1;
  const part = parts[pi];
  if (part === undefined) return -1;
  if (part.gap) {
    for (let skip = 0; skip <= part.max && ti + skip <= tokens.length; skip++) {
      const end = matchFrom(parts, pi + 1, tokens, ti + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  const token = tokens[ti];
  if (token === undefined || !part.test(token.word)) return -1;
  if (part.particle && notParticle(tokens, ti)) return -1;
  return matchFrom(parts, pi + 1, tokens, ti + 1);
}

/**
 * matchFrom at a token whose word the pattern can start at (see canStart): the first word's test,
 * passed already, is not run again.
 */
function matchStarted(parts: Part[], tokens: Token[], ti: number): number {
  const first = parts[0];
  if (first === undefined || first.gap) return matchFrom(parts, 0, tokens, ti);
  if (first.particle && notParticle(tokens, ti)) return -1;
  return matchFrom(parts, 1, tokens, ti + 1);
}

/** The word a particle pattern found at token ti is a preposition, not the particle ending its clause. */
function notParticle(tokens: Token[], ti: number): boolean {
  const token = tokens[ti] as Token;
  return beforeArticle(token, tokens[ti + 1]) || opensPurposeClause(tokens, ti);
}

/** How far "om" may stand from the "te" of its purpose clause ("om met krijt boodschappen … te schrijven"). */
const PURPOSE_REACH = 10;

/**
 * Dutch "om" whose clause, unbroken by punctuation, goes on to "te" opens a clause of purpose:
 * "kwamen vanavond honderden mensen samen om met krijt boodschappen te schrijven" is a gathering,
 * no one dying ("kwamen … om").
 */
function opensPurposeClause(tokens: Token[], ti: number): boolean {
  if ((tokens[ti] as Token).word !== 'om') return false;
  for (let k = ti + 1; k <= ti + PURPOSE_REACH && k < tokens.length; k++) {
    const next = tokens[k] as Token;
    if (next.start !== (tokens[k - 1] as Token).end + 1) return false;
    if (next.word === INFINITIVE_MARKER) return true;
  }
  return false;
}

/** The next word is an article with only a space between: a comma ("rief sie auf, die") ends the clause. */
function beforeArticle(token: Token, next: Token | undefined): boolean {
  return (
    next !== undefined &&
    next.start === token.end + 1 &&
    (ARTICLES.has(next.word) || next.word === INFINITIVE_MARKER)
  );
}

export interface Entry<T> {
  pattern: Pattern;
  item: T;
}

/** Whether a pattern can start at this word: its first word test passes (a leading gap always can). */
function canStart(pattern: Pattern, word: string): boolean {
  const first = pattern.parts[0];
  return first === undefined || first.gap || first.test(word);
}

/** A pattern as added (the `order`-th): compiled the first time a word it may start at is looked up. */
interface Added<T> {
  source: string;
  item: T;
  order: number;
  entry?: Entry<T>;
}

/** Adds to `found` the patterns of `list` that can start at `word`, compiling those not compiled yet. */
function startingIn<T>(list: readonly Added<T>[] | undefined, word: string, found: Entry<T>[]): void {
  if (list === undefined) return;
  // Indexed: a for…of allocates an iterator result at every step in code V8 has not optimised.
  for (let i = 0; i < list.length; i++) {
    const added = list[i] as Added<T>;
    const entry = (added.entry ??= { pattern: compilePattern(added.source), item: added.item });
    if (canStart(entry.pattern, word)) found.push(entry);
  }
}

function addTo<T>(lists: Map<string, Added<T>[]>, key: string, added: Added<T>): void {
  const list = lists.get(key);
  if (list) list.push(added);
  else lists.set(key, [added]);
}

/** Appends the patterns filed under `key`. */
function gather<T>(lists: ReadonlyMap<string, Added<T>[]>, key: string, into: Added<T>[]): void {
  const list = lists.get(key);
  if (list) for (let i = 0; i < list.length; i++) into.push(list[i] as Added<T>);
}

/** Back in the order they were added, when they were gathered from more than one list. */
function inOrder<T>(added: Added<T>[], lists: number): Added<T>[] {
  return lists > 1 ? added.sort((a, b) => a.order - b.order) : added;
}

/** A first word that is a stem of three letters or more ("fire*"), or an ending ("*fire"). */
const STEMMED = /^[^*]{3,}\*$/;
const ENDING = /^\*[^*$]+$/;

/**
 * Patterns indexed by their first word, so that a sentence is matched against only the patterns
 * that can start at each of its words instead of against the whole lexicon: a whole word by the
 * word, a stem ("fire*") by the stem, an ending ("*fire") by the ending, so that a word looks up
 * its own beginnings and endings instead of trying each such pattern. A run meets the first words
 * of few of the lexicon's thousands of patterns: each is compiled only once its word is met.
 */
export class PatternIndex<T> {
  private added = 0;
  private exact = new Map<string, Added<T>[]>();
  private stems = new Map<string, Added<T>[]>();
  private endings = new Map<string, Added<T>[]>();
  private other: Added<T>[] = [];

  add(source: string, item: T): void {
    const first = source.toLowerCase().split(/\s+/)[0] ?? '';
    const added = { source, item, order: this.added++ };
    if (first && !first.includes('*') && !first.startsWith('...')) addTo(this.exact, first, added);
    else if (STEMMED.test(first)) addTo(this.stems, first.slice(0, -1), added);
    else if (ENDING.test(first)) addTo(this.endings, first.slice(1), added);
    else this.other.push(added);
  }

  /**
   * The patterns that can start at `word`: whole words, then stems, then the rest, each in the
   * order added (worth remembering per word).
   */
  startingAt(word: string): Entry<T>[] {
    const found: Entry<T>[] = [];
    startingIn(this.exact.get(word), word, found);
    const stems: Added<T>[] = [];
    let lists = 0;
    for (let end = 3; end <= word.length; end++) {
      const before = stems.length;
      gather(this.stems, word.slice(0, end), stems);
      if (stems.length > before) lists++;
    }
    startingIn(inOrder(stems, lists), word, found);
    const rest: Added<T>[] = [];
    lists = 0;
    for (let start = 0; start < word.length; start++) {
      const before = rest.length;
      gather(this.endings, word.slice(start), rest);
      if (rest.length > before) lists++;
    }
    if (lists === 0) {
      startingIn(this.other, word, found);
      return found;
    }
    for (let i = 0; i < this.other.length; i++) rest.push(this.other[i] as Added<T>);
    startingIn(inOrder(rest, lists + 1), word, found);
    return found;
  }
}

/**
 * Every (item, match) in the tokens, leftmost first; `starts(i)` are the patterns that can start at
 * token i (as PatternIndex.startingAt gives them for its word).
 */
export function findMatches<T>(
  tokens: Token[],
  starts: (i: number) => readonly Entry<T>[],
): { item: T; match: Match }[] {
  const found: { item: T; match: Match }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    // Indexed: a for…of allocates an iterator result at every step until V8 optimises the loop, which
    // a run of a few hundred articles mostly does not live to see.
    const entries = starts(i);
    for (let k = 0; k < entries.length; k++) {
      const { pattern, item } = entries[k] as Entry<T>;
      const last = matchStarted(pattern.parts, tokens, i);
      const lastToken = tokens[last];
      if (last >= 0 && lastToken)
        found.push({ item, match: { start: token.start, end: lastToken.end, token: i } });
    }
  }
  return found;
}
