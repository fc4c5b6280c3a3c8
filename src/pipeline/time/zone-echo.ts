/**
 * "rond 11.30 uur lokale tijd (04.30 uur Nederlandse tijd)", "um 17.03 Uhr Ortszeit (10.03 Uhr
 * MESZ)": a clock time in parentheses right after another tells the same moment in the reader's
 * zone. The happening took place at the first; the second is no time of its own. Nor is a clock
 * time told only in the reader's zone ("maakte om 09.41 uur Nederlandse tijd de uitslag bekend"):
 * a report names it so for a happening abroad, whose own clock read otherwise.
 */

/** Between the two: at most "local time", then the opening parenthesis. */
const OPENS = /^\s*(?:(?:local\s+time|lokale\s+tijd|Ortszeit)\s*)?\(\s*$/iu;
/** After the second: its zone's name, then the closing parenthesis. */
const CLOSES = /^[^()]{0,30}\)/u;
/** Right after a clock time: the reader's zone named ("Dutch time", "Nederlandse tijd", "deutscher Zeit", "MEZ"). */
const READER_ZONE =
  /^\s*(?:(?:uur|Uhr|hours|h)\s+)?(?:(?:Dutch|Belgian|German|Central\s+European)\s+time|(?:Nederlandse|Belgische)\s+tijd|(?:deutscher|mitteleuropäischer)\s+(?:Sommer)?zeit|MES?Z|CES?T)(?![\p{L}])/iu;

export function withoutZoneEcho<C extends { start: number; end: number; rule: string }>(
  kept: readonly C[],
  text: string,
): C[] {
  return kept.filter((c, i) => {
    const prev = kept[i - 1];
    if (c.rule === 'clock' && READER_ZONE.test(text.slice(c.end, c.end + 40))) return false;
    return !(
      prev?.rule === 'clock' &&
      c.rule === 'clock' &&
      OPENS.test(text.slice(prev.end, c.start)) &&
      CLOSES.test(text.slice(c.end))
    );
  });
}
