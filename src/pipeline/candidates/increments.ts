import type { Figure } from '../types.ts';
import type { Token } from './tokenize.ts';

/** Words right after a count that add it to a tally told before: "three more bodies", "fünf weitere Leichen". */
const MORE_AFTER = new Set([
  'more',
  'further',
  'additional',
  'weitere',
  'weiteren',
  'weiterer',
  'zusätzliche',
  'zusätzlichen',
  'extra',
]);

/**
 * Words right after a count that make it a part of a toll the same sentence gives: "three other
 * people died …, bringing the toll to four" tells of three besides the woman shot, no rival toll.
 * Elsewhere "eight other children were wounded" is a count of its own.
 */
const OTHER_AFTER = new Set(['other', 'andere', 'anderen']);

/** Words right before a count that do: "another 12 bodies", "a further three", "weitere fünf", "nog eens vier". */
const MORE_BEFORE = new Set(['another', 'further', 'additional', 'weitere', 'weiteren', 'eens']);

/**
 * Verbs of finding right before a count of the dead: "had found two dead older men", "fanden drei
 * Tote", "vonden twee doden". The bodies found that day add to the toll told before, which they
 * raise; they are no rival toll. Bodies recovered are often counted so far ("had recovered about 180
 * bodies by Friday afternoon"), a recovery of its own.
 */
const FOUND_BEFORE = new Set(['found', 'vonden', 'fanden']);

/**
 * Dutch "nog" is also "still" ("nog 15 mensen worden vermist"); only before a word for the dead
 * does it add to a count ("nog vier lichamen").
 */
const DEAD_AFTER_NOG = new Set(['lichamen', 'doden', 'slachtoffers', 'stoffelijke']);

/** Words for the dead right after a found count: "two dead", "three bodies", "drei Tote", "vijf lichamen". */
const DEAD_AFTER_FOUND = new Set([
  'dead',
  'bodies',
  'corpses',
  'doden',
  'lichamen',
  'tote',
  'toten',
  'leichen',
  'leichname',
]);

/**
 * Whether the count whose first token follows `before` and whose last precedes `after` adds to a
 * total rather than giving one: "the bodies of three more people were recovered" tells of three
 * found since the last count, no rival to "the death toll has risen to 27".
 */
export function addsToTally(
  text: string,
  tokens: Token[],
  before: number,
  after: number,
  besideToll = false,
): boolean {
  const next = tokens[after];
  // "put the dead at 3,958, more than 9,000 are missing": "more than" opens the next count.
  if (next && MORE_AFTER.has(next.word) && tokens[after + 1]?.word !== 'than')
    return !besidesPerson(text, tokens);
  if (next && besideToll && OTHER_AFTER.has(next.word)) return true;
  const prev = tokens[before];
  if (!prev) return false;
  if (MORE_BEFORE.has(prev.word)) return true;
  if (next !== undefined && DEAD_AFTER_FOUND.has(next.word) && foundBefore(text, tokens, before)) return true;
  return prev.word === 'nog' && next !== undefined && DEAD_AFTER_NOG.has(next.word);
}

/** How many words before a count a verb of finding may stand: "fanden Taucher am Freitag drei Tote". */
const FOUND_REACH = 4;

/** A verb of finding shortly before the count at `before` + 1, in the same clause. */
function foundBefore(text: string, tokens: readonly Token[], before: number): boolean {
  const count = tokens[before + 1];
  if (!count) return false;
  for (let i = before; i >= 0 && i > before - FOUND_REACH; i--) {
    const token = tokens[i] as Token;
    if (/[,;:]/.test(text.slice(token.end, count.start))) return false;
    if (FOUND_BEFORE.has(token.word)) return true;
  }
  return false;
}

/** "Besides", "naast", "neben", "außer" opening the sentence. */
const BESIDES = new Set(['besides', 'naast', 'neben', 'außer', 'ausser']);
const CAPITAL = /^\p{Lu}/u;

/**
 * "Neben Tanis nahm die Polizei zwei weitere Männer fest": the count is of others besides the one
 * person named, all there were, not added to a tally told before ("Neben den drei Toten …" is).
 */
function besidesPerson(text: string, tokens: readonly Token[]): boolean {
  const name = tokens[1];
  return BESIDES.has(tokens[0]?.word ?? '') && name !== undefined && CAPITAL.test(text.slice(name.start));
}

/** What an added count measures: "more people killed" beside a tally of "people killed". */
const MORE = 'more ';

export function addedMeasure(measure: string): string {
  return MORE + measure;
}

/** Whether a figure adds to a tally: never a conflict, neither with the tally nor with other additions. */
export function isAddition(f: Figure): boolean {
  return f.counts.startsWith(MORE);
}
