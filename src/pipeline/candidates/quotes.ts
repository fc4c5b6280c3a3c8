/** A quotation in double or typographic quotes, of three characters or more. */
export const QUOTATION = /["“„«‘][^"“”„«»‘’]{3,}["”“»’]/gu;

/**
 * A quotation in straight single quotes, as Dutch newspapers write it ('Wij gaan hier niet weg'):
 * opened before a letter where no letter precedes (not "Georgia's", not Dutch "'s avonds" or
 * "'t"), closed where no letter follows; an apostrophe inside a word ("Georgia's") belongs to it.
 */
const SINGLE_QUOTED =
  /(?<![\p{L}\p{N}'])'(?![st][\s-])(?=\p{L})(?:[^'"“”„«»‘’\n]|'(?=\p{L})){3,}?'(?![\p{L}\p{N}])/gu;

/** A character that opens a quotation: a sentence without one quotes nobody. */
const OPENER = /["“„«‘]/;

/**
 * A gloss in brackets right after a quotation is its translation ("„Mazón dimisión" (Mazón,
 * Rücktritt)"): words of the slogan or of the speaker, no more a report than the quotation itself.
 */
const GLOSS = /^\s?\([^()]{3,80}\)/;

function quoteEnd(text: string, end: number): number {
  if (text.charCodeAt(end + 1) !== 40 && text.charCodeAt(end) !== 40) return end;
  const gloss = GLOSS.exec(text.slice(end, end + 84));
  return gloss === null ? end : end + gloss[0].length;
}

/**
 * A quotation "that" opens is the speaker's own clause told as the report's ("Police said on
 * Thursday that \"dozens of attackers were liquidated\" overnight", "meldde dat „…”"): its words
 * report like the reporter's.
 */
const THAT_BEFORE = /\b(?:that|dat|dass),?\s?$/i;

function pushSpans(re: RegExp, text: string, spans: number[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (THAT_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    spans.push(m.index, quoteEnd(text, m.index + m[0].length));
  }
}

/** The last sentence asked about: its triggers (hits.ts) and then its speakers (roles.ts) ask in turn. */
let last: { text: string; spans: readonly number[] } | undefined;

/** Spans inside quotation marks, as start and end offsets one after the other. */
export function quotedSpans(text: string): readonly number[] {
  if (last?.text === text) return last.spans;
  const spans: number[] = [];
  if (OPENER.test(text)) pushSpans(QUOTATION, text, spans);
  if (text.includes("'")) pushSpans(SINGLE_QUOTED, text, spans);
  last = { text, spans };
  return spans;
}

export function isQuoted(spans: readonly number[], start: number, end: number): boolean {
  for (let i = 0; i < spans.length; i += 2) {
    if (start >= (spans[i] as number) && end <= (spans[i + 1] as number)) return true;
  }
  return false;
}

const QUOTE_OPEN = /^\s*["“„‘'«‹]/;

/** Whether the sentence opens with a quotation mark. */
export function opensWithQuote(text: string): boolean {
  return QUOTE_OPEN.test(text);
}

/** Where the quotation the sentence opens with closes; undefined when its first quotation opens later. */
export function openingQuoteClose(text: string): number | undefined {
  const spans = quotedSpans(text);
  const open = spans[0];
  return open === undefined || open > text.search(/\S/) ? undefined : spans[1];
}
