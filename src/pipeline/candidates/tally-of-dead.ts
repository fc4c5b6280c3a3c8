/**
 * Whether a number closes a tally of the dead ("the death toll has risen to 133", "het dodental
 * is opgelopen tot 133"), follows a verb of killing or counting ("confirmed 51 deaths"), or
 * counts the victims in the present perfect ("floods that have killed at least 217 people").
 */
import type { EventLexicon } from './lexicon.ts';
import type { NumberSpan } from './numbers.ts';
import { isStandingCount } from './standing-count.ts';
import type { Token } from './tokenize.ts';
import { wordSet } from './word-set.ts';

/**
 * The words that join a tally to its number: "risen to 133", "stands at", "a toll of", "gestegen
 * naar", or a verb of passing a mark ("has passed 21,000", "rose above 11,000", "übersteigt 50.000").
 */
const TALLY_LINKS = new Set([
  'to',
  'at',
  'of',
  'tot',
  'op',
  'van',
  'naar',
  'auf',
  'bei',
  'von',
  'passed',
  'rose',
  'risen',
  'climbed',
  'topped',
  'surpassed',
  'exceeded',
  'overschreden',
  'passeerde',
  'übersteigt',
  'überstieg',
  'überschritten',
  'überschritt',
]);
/** Words a tally may stand before its link: "the death toll from Friday's attack has risen to". */
const TALLY_REACH = 16;
const CLAUSE_BREAK = /[.;:!?]/;
/** A day's number, which German writes with a point ("6. Februar"). */
const ORDINAL = /^\d{1,2}$/;
/**
 * The number at `start` closes a tally of the dead: a link word right before it (or opening it, as
 * "tot 133") and a tally word ("toll", "dodental", "Toten") before that, in the same clause. Gives
 * where that word starts (or the counting verb's noun does), -1 for no tally.
 */
export function tallyOfDead(text: string, tokens: Token[], n: NumberSpan, lexicon: EventLexicon): number {
  const words = wordSet(lexicon.tolls);
  const victims = wordSet(lexicon.victimVerbs);
  let i = -1;
  for (let k = 0; k < tokens.length && (tokens[k] as Token).start < n.end; k++) {
    const t = tokens[k] as Token;
    if (t.end <= n.start || (t.start === n.start && TALLY_LINKS.has(t.word))) i = k;
  }
  const link = tokens[i];
  if (!link || !TALLY_LINKS.has(link.word)) return -1;
  let risen = false;
  for (let j = i - 1; j >= Math.max(0, i - TALLY_REACH); j--) {
    const t = tokens[j] as Token;
    const gap = text.slice(t.end, (tokens[j + 1] as Token).start);
    // "die Beben vom 6. Februar": an ordinal's point ends no clause.
    if (CLAUSE_BREAK.test(gap) && !(gap === '. ' && ORDINAL.test(t.word))) break;
    if (words.has(t.word)) return t.start;
    // "The number of people killed … rose to 115": a standing count of the dead is a tally too.
    if (victims.has(t.word) && isStandingCount(tokens, t.start)) return t.start;
    if (RISEN.has(t.word)) risen = true;
  }
  return risen ? deadAfter(tokens, n, words) : -1;
}

/**
 * Verbs of a count rising: "The budget of the victims rose on Saturday to 43 dead" (a translation
 * of "il bilancio delle vittime") names its tally with a word no list holds, but what rose to a
 * number of dead is their tally.
 */
const RISEN = new Set(['rose', 'risen', 'climbed', 'gestegen', 'steeg', 'opgelopen', 'gestiegen', 'stieg']);

/** Where the word of the dead right after the number starts ("to 43 dead", "auf 43 Tote"), or -1. */
function deadAfter(tokens: readonly Token[], n: NumberSpan, words: ReadonlySet<string>): number {
  const next = tokens.find((t) => t.start >= n.end);
  return next !== undefined && words.has(next.word) ? next.start : -1;
}

/**
 * The bare number at `n` stands right after one of the verbs: of killing or wounding ("injured
 * more than 50"), or of counting ("confirmed 51 deaths").
 */
export function rightAfter(text: string, tokens: Token[], n: NumberSpan, verbs: readonly string[]): boolean {
  const words = wordSet(verbs);
  let verb: Token | undefined;
  for (const t of tokens) {
    if (t.end > n.start) break;
    verb = t;
  }
  return verb !== undefined && words.has(verb.word) && /^\s+$/.test(text.slice(verb.end, n.start));
}

/**
 * "floods that have killed at least 217 people": a count in the present perfect is the toll as it
 * stands when the report is written, whatever day the sentence tells of.
 */
const PERFECT = new Set(['have', 'has']);

export function perfectVictims(text: string, tokens: Token[], n: NumberSpan, lexicon: EventLexicon): boolean {
  let verb = -1;
  while (verb + 1 < tokens.length && (tokens[verb + 1] as Token).end <= n.start) verb++;
  if (!rightAfter(text, tokens, n, lexicon.victimVerbs)) return perfectDeaths(text, tokens[verb], n);
  const auxiliary = tokens[verb - 1];
  return auxiliary !== undefined && PERFECT.has(auxiliary.word);
}

/**
 * "Door de branden zijn zeker elf mensen om het leven gekomen", "Bei den Bränden sind mindestens 24
 * Menschen ums Leben gekommen": the Dutch and German perfect of dying, its auxiliary right before
 * the count, is the toll as it stands too, where the sentence names no day of its own (Dutch and
 * German tell a day's deaths in the perfect as well: "zijn zaterdag drie mensen omgekomen").
 */
const DYING_AUXILIARY = new Set(['zijn', 'is', 'sind', 'ist']);
const DIED_AFTER =
  /^[^,.;:]{0,40}?(?:om\s+het\s+leven\s+gekomen|omgekomen|overleden|ums\s+leben\s+gekommen|gestorben)(?![\p{L}])/iu;
const DAY_NAMED =
  /(?<![\p{L}])(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag\p{L}*|(?:mon|diens|donners|frei|sams|sonn)tag\p{L}*|mittwoch\p{L}*|gister\p{L}*|gestern|vandaag|vannacht|heute|\d{1,2}\.?\s+(?:januar\p{L}*|februar\p{L}*|maart|märz|april|mei|mai|juni|juli|august\p{L}*|september|o[ck]tober|november|de[cz]ember))(?![\p{L}])/iu;

function perfectDeaths(text: string, before: Token | undefined, n: NumberSpan): boolean {
  return (
    before !== undefined &&
    DYING_AUXILIARY.has(before.word) &&
    DIED_AFTER.test(text.slice(n.end)) &&
    !DAY_NAMED.test(text)
  );
}

/** "tot 133" after "het dodental is opgelopen": "tot" links the tally, it is no "up to". */
export function withoutLink(n: NumberSpan): NumberSpan {
  const link = /^(\p{L}+)\s+/u.exec(n.text);
  if (!link || !TALLY_LINKS.has((link[1] ?? '').toLowerCase())) return n;
  return { ...n, text: n.text.slice(link[0].length), start: n.start + link[0].length, qualifier: 'exact' };
}

/**
 * Words that open a relative clause on the happening named before them, right before its victim
 * verb ("the rail disaster, which killed at least 46 people") or its count ("de treinramp, waarbij
 * zeker 43 mensen om het leven kwamen", "das Unglück, bei dem 46 Menschen starben").
 */
const RELATIVE_BEFORE_VERB = new Set(['which', 'that']);
const RELATIVE_BEFORE_COUNT = new Set(['waarbij', 'waarin', 'waarvan']);
const GERMAN_RELATIVE = new Set(['dem', 'der']);

/**
 * A count of victims in a relative clause on the happening is its toll as it stands when written,
 * whatever day the main clause tells of ("rail workers walked off the job Thursday … over the
 * disaster, which killed at least 46 people").
 */
export function relativeVictims(
  text: string,
  tokens: Token[],
  n: NumberSpan,
  lexicon: EventLexicon,
): boolean {
  let before = -1;
  while (before + 1 < tokens.length && (tokens[before + 1] as Token).end <= n.start) before++;
  const last = tokens[before];
  if (!last) return false;
  if (RELATIVE_BEFORE_COUNT.has(last.word)) return true;
  const previous = tokens[before - 1];
  if (GERMAN_RELATIVE.has(last.word) && previous?.word === 'bei') return true;
  return (
    previous !== undefined &&
    RELATIVE_BEFORE_VERB.has(previous.word) &&
    rightAfter(text, tokens, n, lexicon.victimVerbs)
  );
}
