import type { TriggerHit } from './happenings.ts';
import { tokenIndexAt, type Token } from './tokenize.ts';

/** Determiners that name a happening of a kind in general, not one that took place. */
const ANY = new Set([...['any', 'elke', 'ieder', 'iedere'], ...['jede', 'jeder', 'jeden', 'jedem', 'jedes']]);

/** Conjunctions of a condition, and the conditional verb that closes its clause ("falls … angegriffen würden"). */
const IF = new Set(['falls', 'wenn', 'sofern', 'indien', 'mocht', 'als']);
const WOULD = new Set(['würde', 'würden', 'zou', 'zouden']);
const GERMAN_IF = new Set(['falls', 'wenn', 'sofern']);

/** Words of the condition before its trigger. */
const IF_REACH = 8;

/** Words between the determiner and the trigger: one adjective ("any military intervention"). */
const REACH = 2;

function general(tokens: Token[], at: number, text: string): boolean {
  const i = tokenIndexAt(tokens, at);
  for (let k = i - 1; k >= Math.max(0, i - REACH); k--) if (ANY.has((tokens[k] as Token).word)) return true;
  return conditional(tokens, i, text) || inCaseOf(tokens, i) || capableOf(tokens, i);
}

/**
 * "iemand die in staat wordt geacht tot een aanslag", "someone capable of an attack", "zu einem
 * Anschlag fähig": what someone could do, no happening that took place.
 */
const CAPABLE = new Set(['capable', 'staat', 'fähig', 'imstande']);
/** Words from the word of capability to the trigger: "in staat wordt geacht tot een". */
const CAPABLE_REACH = 5;

function capableOf(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - CAPABLE_REACH); k--) {
    const word = (tokens[k] as Token).word;
    if (word === 'capable' || (word === 'staat' && tokens[k - 1]?.word === 'in')) return true;
  }
  const after = tokens[i + 1]?.word ?? '';
  return after === 'fähig' || after === 'imstande';
}

/**
 * "Bei einer Explosion hätten Trümmerteile … geschleudert werden können", "bij een explosie zouden
 * …": "bei einer", "bij een" before the trigger and a verb of what would be right after it put the
 * happening as a case, no happening that took place.
 */
const IN_CASE = new Set(['bei', 'bij']);
const INDEFINITE = new Set(['einer', 'einem', 'een']);
const WOULD_HAVE = new Set(['hätte', 'hätten', 'wäre', 'wären', 'könnte', 'könnten', ...WOULD]);

function inCaseOf(tokens: Token[], i: number): boolean {
  if (!IN_CASE.has(tokens[i - 2]?.word ?? '') || !INDEFINITE.has(tokens[i - 1]?.word ?? '')) return false;
  return WOULD_HAVE.has(tokens[i + 1]?.word ?? '');
}

/**
 * German reported speech puts a condition's verb in the subjunctive, last in its clause and ending
 * in "-e" where the indicative ends in "-t" ("wenn sie nicht einer geheimen Beerdigung zustimme").
 */
const SUBJUNCTIVE = /^\p{Ll}{3,}e$/u;
const CLAUSE_END = /^\s*(?:[,;.!?]|$)/;

function closesWithSubjunctive(tokens: Token[], k: number, text: string): boolean {
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  return SUBJUNCTIVE.test(t.word) && CLAUSE_END.test(text.slice(t.end, next ? next.start : undefined));
}

/**
 * The trigger at token `i` lies in a Dutch or German condition: "falls … angegriffen würden", "als
 * … zou worden aangevallen", "wenn … zustimme".
 */
function conditional(tokens: Token[], i: number, text: string): boolean {
  let opener: string | undefined;
  for (let k = i - 1; k >= Math.max(0, i - IF_REACH) && opener === undefined; k--) {
    const word = (tokens[k] as Token).word;
    if (IF.has(word)) opener = word;
  }
  if (opener === undefined) return false;
  for (let k = i + 1; k <= Math.min(tokens.length - 1, i + 2); k++)
    if (WOULD.has((tokens[k] as Token).word)) return true;
  return GERMAN_IF.has(opener) && i + 1 < tokens.length && closesWithSubjunctive(tokens, i + 1, text);
}

/**
 * The hits that name a happening that took place: "any attack against France would be met with a
 * response", "elke aanval", "jeden Angriff", "falls Franzosen angegriffen würden" warn of what
 * might come and report nothing; "in staat tot een aanslag" tells what someone could do.
 * Statements stay: a warning is still said.
 */
export function withoutHypothetical(hits: TriggerHit[], tokens: Token[], text: string): TriggerHit[] {
  const asked = tokens.some(
    (t, i) => WHETHER.has(t.word) || (t.word === 'of' && (i === 0 || KNOWING.has(tokens[i - 1]?.word ?? ''))),
  );
  const unlikely = UNLIKELY_WORD.test(text) && UNLIKELY.test(text);
  if (
    !asked &&
    !unlikely &&
    !tokens.some(
      (t) => ANY.has(t.word) || WOULD_HAVE.has(t.word) || GERMAN_IF.has(t.word) || CAPABLE.has(t.word),
    )
  )
    return hits;
  return hits.filter(
    (h) =>
      h.kind === 'statement' ||
      !(
        general(tokens, h.start, text) ||
        (asked && inQuestion(text, h.start)) ||
        (unlikely && deemedUnlikely(text, h.end))
      ),
  );
}

/**
 * "Ein Terroranschlag gilt … als unwahrscheinlich", "an attack is unlikely", "een aanslag wordt
 * uitgesloten": a happening judged unlikely or ruled out in its own clause is none that took place.
 * "unlikely to" says what the happening will not do.
 */
const UNLIKELY =
  /(?<!\p{L})(?:unwahrscheinlich|ausgeschlossen|onwaarschijnlijk|uitgesloten|unlikely(?!\s+to\s))(?!\p{L})/iu;
/** A plain search for UNLIKELY's words first: most sentences have none. */
const UNLIKELY_WORD = /unwahrscheinlich|ausgeschlossen|onwaarschijnlijk|uitgesloten|unlikely/i;
const CLAUSE_OF = /^[^,;:.!?]*/u;

function deemedUnlikely(text: string, end: number): boolean {
  return UNLIKELY.test(CLAUSE_OF.exec(text.slice(end))?.[0] ?? '');
}

/** Words that open an indirect question: "whether", "ob"; Dutch "of" first or after a word of knowing. */
const WHETHER = new Set(['whether', 'ob']);
const KNOWING = new Set(['onduidelijk', 'onbekend', 'bekend', 'duidelijk', 'weet', 'weten', 'vraag']);

/**
 * The clause before the trigger opens an indirect question: "Whether the remains can be recovered
 * is unclear", "Of de stoffelijke overschotten geborgen kunnen worden, is onduidelijk", "Es ist
 * unklar, ob die Leichen geborgen werden". Dutch "of" is mostly "or": only first in the sentence or
 * after a word of knowing does it ask.
 */
const QUESTION_OPEN =
  /(?:^|[,;:]\s*|\s)(?:[Ww]hether|[Oo]b)\s[^,;:]*$|^\s*[„"“]?Of\s[^,;:]*$|(?:onduidelijk|onbekend|bekend|duidelijk|weet|weten|vraag)\s+of\s[^,;:]*$/u;

function inQuestion(text: string, at: number): boolean {
  return QUESTION_OPEN.test(text.slice(0, at));
}
