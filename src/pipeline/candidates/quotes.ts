const QUOTED = /["“„«‘][^"“”„«»‘’]{3,}["”“»’]/g;

/** A character that opens a quotation: a sentence without one quotes nobody. */
const OPENER = /["“„«‘]/;

/** Spans inside quotation marks, as start and end offsets one after the other. */
export function quotedSpans(text: string): number[] {
  const spans: number[] = [];
  if (!OPENER.test(text)) return spans;
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m !== null; m = QUOTED.exec(text))
    spans.push(m.index, m.index + m[0].length);
  return spans;
}

export function isQuoted(spans: number[], start: number, end: number): boolean {
  for (let i = 0; i < spans.length; i += 2) {
    if (start >= (spans[i] as number) && end <= (spans[i + 1] as number)) return true;
  }
  return false;
}
