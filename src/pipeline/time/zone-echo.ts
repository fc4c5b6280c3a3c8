import { inZone } from '../time-zone.ts';
import type { ParagraphText } from '../types.ts';

/**
 * "rond 11.30 uur lokale tijd (04.30 uur Nederlandse tijd)", "um 17.03 Uhr Ortszeit (10.03 Uhr
 * MESZ)": a clock time in parentheses right after another tells the same moment in the reader's
 * zone. The happening took place at the first; the second is no time of its own. Nor is a clock
 * time told only in the reader's zone ("maakte om 09.41 uur Nederlandse tijd de uitslag bekend"):
 * a report names it so for a happening abroad, whose own clock read otherwise; where the story's
 * zone is known, it is read there instead (`readerZoneAfter`).
 */

/** Between the two: at most "local time", then the opening parenthesis. */
const OPENS = /^\s*(?:(?:local\s+time|lokale\s+tijd|Ortszeit)\s*)?\(\s*$/iu;
/** After the second: its zone's name, then the closing parenthesis. */
const CLOSES = /^[^()]{0,30}\)/u;
/** Right after a clock time: the reader's zone named ("Dutch time", "Nederlandse tijd", "deutscher Zeit", "MEZ"). */
const READER_ZONE =
  /^\s*(?:(?:uur|Uhr|hours|h)\s+)?(?:(?:Dutch|Belgian|German|Central\s+European)\s+time|(?:Nederlandse|Belgische)\s+tijd|(?:deutscher|mitteleuropäischer)\s+(?:Sommer)?zeit|MES?Z|CES?T)(?![\p{L}])/iu;

/** The IANA zone each reader's zone name stands for, by its first word. */
const READER_ZONES: readonly [RegExp, string][] = [
  [/^(?:Dutch|Nederlandse)/iu, 'Europe/Amsterdam'],
  [/^(?:Belgian|Belgische)/iu, 'Europe/Brussels'],
];
const CENTRAL_EUROPE = 'Europe/Berlin';

/** The IANA zone of the reader's zone named right after a clock time ending at `end`, if any. */
export function readerZoneAfter(text: string, end: number): string | undefined {
  const m = READER_ZONE.exec(text.slice(end, end + 40));
  if (!m) return undefined;
  const name = m[0].trim().replace(/^(?:uur|Uhr|hours|h)\s+/iu, '');
  return READER_ZONES.find(([re]) => re.test(name))?.[1] ?? CENTRAL_EUROPE;
}

/**
 * The IANA zone of the first clock time, night or day a paragraph tells in the reader's zone ("om
 * 05.11 uur Nederlandse tijd", "In der Nacht zu Dienstag deutscher Zeit"), if any.
 */
export function readerZoneOf(paragraphs: readonly ParagraphText[]): string | undefined {
  for (const { text } of paragraphs)
    for (const m of text.matchAll(TOLD_END)) {
      const zone = readerZoneAfter(text, m.index + m[0].length);
      if (zone !== undefined) return zone;
    }
  return undefined;
}
const TOLD_END =
  /\d[.:]\d\d(?!\d)|(?<![\p{L}])(?:\p{L}*(?:nacht|night|avond|abend|evening|ochtend|morgen|morning|dag|tag|day))(?![\p{L}])/giu;

/**
 * `readsReaderZone`: the story's zone is known, so a clock told only in the reader's zone is kept,
 * to be read in the story's zone; an echo in parentheses is still no time of its own.
 */
export function withoutZoneEcho<C extends { start: number; end: number; rule: string }>(
  kept: readonly C[],
  text: string,
  readsReaderZone = false,
): C[] {
  return kept.filter((c, i) => {
    const prev = kept[i - 1];
    if (!readsReaderZone && c.rule === 'clock' && READER_ZONE.test(text.slice(c.end, c.end + 40)))
      return false;
    return !(
      prev?.rule === 'clock' &&
      c.rule === 'clock' &&
      OPENS.test(text.slice(prev.end, c.start)) &&
      CLOSES.test(text.slice(c.end))
    );
  });
}

const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/u;

/**
 * A clock time told in the reader's zone, read in the story's zone `local`: "Om 05.11 uur
 * Nederlandse tijd" of a rescue in Chile is 00:11 there, and "02.55 uur Nederlandse tijd" is the
 * evening before.
 */
export function inStoryZone<
  C extends { end: number; value: string; interval: { start: string; end: string } | null },
>(c: C, text: string, local: string): C {
  const m = STAMP.exec(c.value);
  const from = m ? readerZoneAfter(text, c.end) : undefined;
  const read = m && from ? inZone(m[1] as string, m[2] as string, from, local) : undefined;
  if (!read) return c;
  const stamp = `${read.day}T${read.time}`;
  return { ...c, value: stamp, interval: { start: stamp, end: stamp } };
}
