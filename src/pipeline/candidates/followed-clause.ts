/**
 * "Afgelopen zondag werden de eerste vier jongens bevrijd, maandag volgden er nog eens vier", "four
 * boys were freed on Sunday, four more followed on Monday", "am Montag folgten vier weitere": a
 * clause whose verb is "follow" and which counts is the happening of the clause before it again, on
 * its own day and with its own count: the verb stands for that happening's trigger.
 */
import { SPELLED_CARDINALS } from '../number-words.ts';
import type { PlacedFigure } from './placed-figure.ts';
import { findNumbers } from './numbers.ts';
import { addsToTally } from './increments.ts';
import { figureMeasure } from './measure.ts';
import type { Token } from './tokenize.ts';

const FOLLOWED = new Set([
  'followed',
  'follow',
  'follows',
  'volgde',
  'volgden',
  'volgt',
  'volgen',
  'folgte',
  'folgten',
  'folgt',
  'folgen',
]);

/** "followed by", "gevolgd door", "gefolgt von": what came after is named, no count of the same. */
const BY = new Set(['by', 'door', 'von']);

/** Words that open a clause of its own after the happening's. */
const CLAUSE_OPENERS = new Set(['and', 'en', 'und']);

const isCount = (t: Token): boolean => /^\d[\d.,]*$/.test(t.word) || SPELLED_CARDINALS.has(t.word);

type Span = { start: number; end: number };

/** Outside every time expression: the "9" of "on 9 July" counts nothing. */
const untimed = (x: Span, times: readonly Span[]): boolean =>
  !times.some((t) => x.start < t.end && t.start < x.end);

/** Where the clause holding token i starts and ends: the commas, semicolons or "and" around it. */
function clauseAround(text: string, tokens: Token[], i: number): [number, number] {
  let from = 0;
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    const gap = text.slice(t.end, (tokens[j + 1] as Token).start);
    if (/[,;:–—]/.test(gap)) {
      from = j + 1;
      break;
    }
    if (CLAUSE_OPENERS.has(t.word)) {
      from = j;
      break;
    }
  }
  let to = tokens.length;
  for (let j = i + 1; j < tokens.length; j++) {
    const gap = text.slice((tokens[j - 1] as Token).end, (tokens[j] as Token).start);
    if (/[,;:–—]/.test(gap) || CLAUSE_OPENERS.has((tokens[j] as Token).word)) {
      to = j;
      break;
    }
  }
  return [from, to];
}

/** A count with no noun of its own in the clause ("nog eens vier"): it counts what the count before it counted. */
function gappedCount(
  s: { text: string; timexes: readonly Span[] },
  tokens: Token[],
  lang: string,
  clause: [number, number],
  counted: PlacedFigure,
): PlacedFigure | undefined {
  const { text } = s;
  const n = findNumbers(text, lang, tokens).find(
    (x) => x.start >= clause[0] && x.end <= clause[1] && untimed(x, s.timexes),
  );
  if (!n || n.vague) return undefined;
  const first = tokens.findIndex((t) => t.start >= n.start);
  const after = tokens.findIndex((t) => t.start >= n.end);
  const more = addsToTally(text, tokens, first - 1, after < 0 ? tokens.length : after);
  const noun = counted.noun;
  return {
    figure: {
      value: n.value,
      counts: figureMeasure('', more ? { noun, more } : { noun }),
      text: n.text,
      qualifier: n.qualifier,
    },
    noun,
    vague: false,
    ...(more ? { more } : {}),
    start: n.start,
    end: n.end,
  };
}

/**
 * The happenings chosen in a sentence and its figures, with the happening before a counted "follow"
 * clause told again at that clause's verb, and the clause's count, where it names no noun, counting
 * what the count before it did.
 */
export function withFollowedClause<H extends { kind: string; start: number; end: number }>(
  happenings: readonly H[],
  figures: readonly PlacedFigure[],
  tokens: Token[],
  s: { text: string; timexes: readonly Span[] },
  lang: string,
): { happenings: H[]; figures: PlacedFigure[] } {
  const { text } = s;
  const out = { happenings: [...happenings], figures: [...figures] };
  for (let i = 1; i < tokens.length; i++) {
    const verb = tokens[i] as Token;
    if (!FOLLOWED.has(verb.word) || BY.has(tokens[i + 1]?.word ?? '')) continue;
    const [from, to] = clauseAround(text, tokens, i);
    if (from === 0) continue;
    let counts = false;
    for (let j = from; j < to && !counts; j++) {
      const t = tokens[j] as Token;
      counts = isCount(t) && untimed(t, s.timexes);
    }
    if (!counts) continue;
    const clause: [number, number] = [(tokens[from] as Token).start, tokens[to]?.start ?? text.length];
    // A clause with a happening of its own tells that one.
    if (happenings.some((h) => h.start >= clause[0] && h.start < clause[1])) continue;
    const before = happenings.filter((h) => h.end <= clause[0] && h.kind !== 'statement').at(-1);
    if (!before) continue;
    out.happenings.push({ ...before, start: verb.start, end: verb.end });
    const counted = figures.filter((f) => f.end <= clause[0]).at(-1);
    const own = figures.some((f) => f.start >= clause[0] && f.end <= clause[1]);
    const gapped = counted && !own ? gappedCount(s, tokens, lang, clause, counted) : undefined;
    if (gapped) out.figures.push(gapped);
  }
  return out;
}
