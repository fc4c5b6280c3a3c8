/**
 * One pass over a text for many words at once. Each word carries a mark (a bit mask); a scan returns
 * the marks of every word found at a word start, matched as a prefix in any case, with blanks inside
 * a word standing for any run of white space. A word found also yields the marks of the words it
 * begins with ("vrijdagochtend" those of "vrijdag"), so one match per position tells all.
 *
 * The words become one trie-shaped regular expression: a position is ruled out after a character or
 * two instead of after trying hundreds of alternatives, and compiling it is cheap.
 */

export interface WordScanner {
  /** The marks found in `text`, together with `digitMark` when it holds a digit. */
  scan(text: string): number;
}

interface Node {
  next: Map<string, Node>;
  /** The word ending here, if one does. */
  word?: string;
}

const SPECIAL = /[.*+?^${}()|[\]\\]/g;
const BLANK = /\s+/g;

function insert(root: Node, word: string): void {
  let node = root;
  for (const ch of word) {
    let next = node.next.get(ch);
    if (!next) {
      next = { next: new Map() };
      node.next.set(ch, next);
    }
    node = next;
  }
  node.word = word;
}

/**
 * Longer words are tried before a word ends, so a match is the longest word at its position: every
 * other word found there is a prefix of it, since words differ from each other at some character.
 */
function source(node: Node): string {
  const branches = [...node.next].map(
    ([ch, next]) => (ch === ' ' ? '\\s+' : ch.replace(SPECIAL, '\\$&')) + source(next),
  );
  if (node.word !== undefined && branches.length > 0) branches.push('');
  if (branches.length === 0) return '';
  return branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
}

/** The marks of each word joined with those of the words it begins with. */
function joinPrefixes(
  node: Node,
  inherited: number,
  marks: Map<string, number>,
  out: Map<string, number>,
): void {
  let own = inherited;
  if (node.word !== undefined) {
    own |= marks.get(node.word) ?? 0;
    out.set(node.word, own);
  }
  for (const next of node.next.values()) joinPrefixes(next, own, marks, out);
}

/** `marks`: lower-case word → its mark. */
export function wordScanner(marks: Map<string, number>, digitMark: number): WordScanner {
  const root: Node = { next: new Map() };
  for (const word of marks.keys()) {
    if (word !== word.toLowerCase() || word !== word.trim().replace(BLANK, ' '))
      throw new Error(`scan word "${word}" is not lower case with single blanks`);
    insert(root, word);
  }
  const joined = new Map<string, number>();
  joinPrefixes(root, 0, marks, joined);
  // The ASCII letters, a part of \p{L}, are ruled out first: a test far cheaper inside a word.
  const re = new RegExp(`(?<![a-z])(?<![\\p{L}])${source(root)}`, 'giu');
  let exact: [RegExp, number][] | undefined;
  /** For a match that case mapping does not bring back to its word (a rare letter such as "ſ"). */
  const slow = (found: string): number => {
    exact ??= [...joined].map(([w, mark]) => [new RegExp(`^${source(single(w))}$`, 'iu'), mark]);
    return exact.reduce((mask, [word, mark]) => (word.test(found) ? mask | mark : mask), 0);
  };
  return {
    scan(text) {
      let mask = /\d/.test(text) ? digitMark : 0;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const found = m[0].toLowerCase();
        mask |= joined.get(found) ?? joined.get(found.replace(BLANK, ' ')) ?? slow(m[0]);
        // Words may start inside this match ("the day before yesterday" holds "yesterday").
        re.lastIndex = m.index + 1;
      }
      return mask;
    },
  };
}

function single(word: string): Node {
  const root: Node = { next: new Map() };
  insert(root, word);
  return root;
}
