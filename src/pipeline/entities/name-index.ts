/**
 * An index of every known name (places, actors, demonyms) by its first folded token, so a
 * sentence is matched in one left-to-right pass with a map lookup per token: no scan of the
 * entries per sentence.
 */
import { joinsName, tokenize, type Token } from './text.ts';

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

export class NameIndex {
  private readonly byFirst = new Map<string, IndexedName[]>();
  /** Each name by its casing and tokens, to find the same name listed again without a scan. */
  private readonly byKey = new Map<string, IndexedName>();
  /** The same by casing and name as written: the data repeat names (a country's English name). */
  private readonly byWritten = new Map<string, IndexedName>();

  /** Adds a name; the first target listed for a name wins, so curated data go in before generated. */
  add(name: string, target: Target, casing: Casing = casingOf(name)): void {
    const written = `${casing}:${name}`;
    const again = this.byWritten.get(written);
    if (again) return relist(again, target);
    const toks = tokenize(name);
    const first = toks[0];
    if (!first) return;
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
    const list = this.byFirst.get(first.norm);
    if (!list) {
      this.byFirst.set(first.norm, [entry]);
      return;
    }
    // Longest first, so the first name that matches is the longest; after those of its length.
    const at = list.findIndex((n) => n.tokens.length < tokens.length);
    list.splice(at === -1 ? list.length : at, 0, entry);
  }

  has(norm: string): boolean {
    return this.byFirst.has(norm);
  }

  /** Every name made of exactly one token `norm`. */
  single(norm: string): IndexedName[] {
    return (this.byFirst.get(norm) ?? []).filter((n) => n.tokens.length === 1);
  }

  *names(): Iterable<IndexedName> {
    for (const list of this.byFirst.values()) yield* list;
  }

  /** Names that match the tokens starting at `i`, longest first. */
  matchAt(tokens: Token[], text: string, i: number): readonly NameHit[] {
    const head = tokens[i];
    const names = head && this.byFirst.get(head.norm);
    // Most tokens begin no name: they get the one empty list.
    if (!names) return NONE;
    const hits: NameHit[] = [];
    for (const name of names) {
      const end = i + name.tokens.length;
      if (end > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < name.tokens.length && ok; k++) {
        const tok = tokens[i + k] as Token;
        ok = tok.norm === name.tokens[k];
        if (ok && k > 0) ok = joinsName(text.slice((tokens[i + k - 1] as Token).end, tok.start));
        if (ok && name.casing === 'acronym') ok = tok.text === name.written[k];
      }
      if (ok && name.casing === 'capital') ok = head.capitalised;
      if (ok) hits.push({ first: i, end, name });
    }
    return hits;
  }
}
