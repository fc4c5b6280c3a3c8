/**
 * An index of every known name (places, actors, demonyms) by its first folded token, so a
 * sentence is matched in one left-to-right pass with a map lookup per token: no scan of the
 * entries per sentence.
 */
import { firstWord, joinsName, tokenize, type Token } from './text.ts';

export type TargetType = 'place' | 'actor' | 'demonym';

export interface Target {
  type: TargetType;
  id: string;
  /** The canonical name or a name in en/nl/de ('exact'), or another spelling ('alias'). */
  form: 'exact' | 'alias';
}

/**
 * How the text must be written to match: an acronym exactly as listed (CSTO, US — never "us"),
 * a lowercase alias in any case (dpa, "interior ministry"), any other name with a capital.
 */
export type Casing = 'acronym' | 'any' | 'capital';

export interface IndexedName {
  tokens: string[];
  /** Tokens as written in the data, for acronyms. */
  written: string[];
  target: Target;
  casing: Casing;
}

export interface NameHit {
  /** Token range [first, end). */
  first: number;
  end: number;
  name: IndexedName;
  /** The name is written with its last word garbled (garbled-name-tail.ts). */
  garbled?: true;
}

const NOT_LETTERS = /\P{L}/gu;

function casingOf(name: string): Casing {
  const letters = name.replace(NOT_LETTERS, '');
  if (letters.length >= 2 && letters.length <= 6 && letters === letters.toUpperCase()) return 'acronym';
  const first = name.trim()[0] ?? '';
  return first === first.toLowerCase() ? 'any' : 'capital';
}

/** An exact name of the same target outranks its alias; another target never replaces it. */
function relist(same: IndexedName, target: Target): void {
  if (same.target.id === target.id && same.target.type === target.type && target.form === 'exact') {
    same.target = target;
  }
}

const NONE: readonly NameHit[] = [];
const NONE_NAMED: readonly IndexedName[] = [];

interface Waiting {
  name: string;
  target: Target;
  casing: Casing | undefined;
}

/**
 * The names that begin with one folded token. Names are added to `waiting` and indexed when a
 * sentence first reaches the bucket: most of the thousands of package cities' names are never
 * looked at in a run, and a small run should not pay for indexing them.
 */
interface Bucket {
  /** Longest first; among names of one length, in the order they were added. */
  names: IndexedName[];
  /**
   * The names that need no capital, in the same order: all a lower-case token can match. "the"
   * opens hundreds of names ("The Hague"), nearly all with a capital, and mostly stands in lower case.
   */
  uncapitalised: IndexedName[] | undefined;
  waiting: Waiting[] | undefined;
}

export class NameIndex {
  private readonly byFirst = new Map<string, Bucket>();
  /** Each name by its casing and tokens, to find the same name listed again without a scan. */
  private readonly byKey = new Map<string, IndexedName>();
  /** The same by casing and name as written: the data repeat names (a country's English name). */
  private readonly byWritten = new Map<string, IndexedName>();

  /** Adds a name; the first target listed for a name wins, so curated data go in before generated. */
  add(name: string, target: Target, casing?: Casing): void {
    const first = firstWord(name);
    if (first === undefined) return;
    const bucket = this.byFirst.get(first);
    const waiting = { name, target, casing };
    if (!bucket) this.byFirst.set(first, { names: [], uncapitalised: undefined, waiting: [waiting] });
    else if (bucket.waiting) bucket.waiting.push(waiting);
    else bucket.waiting = [waiting];
  }

  /**
   * Indexes the bucket's waiting names in the order they were added. A name and what it is
   * listed again as share their first token, so a bucket decides its own repeats.
   */
  private settle(bucket: Bucket): IndexedName[] {
    const waiting = bucket.waiting;
    if (!waiting) return bucket.names;
    bucket.waiting = undefined;
    bucket.uncapitalised = undefined;
    for (const w of waiting) this.index(bucket.names, w.name, w.target, w.casing ?? casingOf(w.name));
    return bucket.names;
  }

  private index(list: IndexedName[], name: string, target: Target, casing: Casing): void {
    const written = `${casing}:${name}`;
    const again = this.byWritten.get(written);
    if (again) return relist(again, target);
    const toks = tokenize(name);
    const tokens = toks.map((t) => t.norm);
    const key = `${casing}:${tokens.join(' ')}`;
    const same = this.byKey.get(key);
    if (same) {
      this.byWritten.set(written, same);
      return relist(same, target);
    }
    const entry = { tokens, written: toks.map((t) => t.text), target, casing };
    this.byKey.set(key, entry);
    this.byWritten.set(written, entry);
    // Longest first, so the first name that matches is the longest; after those of its length.
    const at = list.findIndex((n) => n.tokens.length < tokens.length);
    list.splice(at === -1 ? list.length : at, 0, entry);
  }

  has(norm: string): boolean {
    return this.byFirst.has(norm);
  }

  /** Every name made of exactly one token `norm`. */
  single(norm: string): IndexedName[] {
    const bucket = this.byFirst.get(norm);
    return bucket ? this.settle(bucket).filter((n) => n.tokens.length === 1) : [];
  }

  /** Every name whose first token is `norm`, longest first. */
  opening(norm: string): readonly IndexedName[] {
    const bucket = this.byFirst.get(norm);
    return bucket ? this.settle(bucket) : NONE_NAMED;
  }

  private uncapitalised(bucket: Bucket): IndexedName[] {
    const names = this.settle(bucket);
    return (bucket.uncapitalised ??= names.filter((n) => n.casing !== 'capital'));
  }

  /** Names that match the tokens starting at `i`, longest first. */
  matchAt(tokens: Token[], text: string, i: number): readonly NameHit[] {
    const head = tokens[i];
    const bucket = head && this.byFirst.get(head.norm);
    // Most tokens begin no name: they get the one empty list.
    if (!bucket) return NONE;
    const hits: NameHit[] = [];
    const names = head.capitalised ? this.settle(bucket) : this.uncapitalised(bucket);
    for (let n = 0; n < names.length; n++) {
      const name = names[n] as IndexedName;
      const end = i + name.tokens.length;
      if (end > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < name.tokens.length && ok; k++) {
        const tok = tokens[i + k] as Token;
        ok = tok.norm === name.tokens[k];
        if (ok && k > 0) ok = joinsName(text.slice((tokens[i + k - 1] as Token).end, tok.start));
        if (ok && name.casing === 'acronym') ok = tok.text === name.written[k];
      }
      if (ok) hits.push({ first: i, end, name });
    }
    return hits;
  }
}
