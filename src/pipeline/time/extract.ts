/**
 * Time expressions of a text, resolved against its publication date.
 *
 * The own rule layer (rules-*.ts) runs first; where its candidates overlap, the longest wins ("the
 * night from Friday to Saturday" over "Friday"). chrono-node then fills in only what the own rules
 * left untouched, when asked to (see ExtractOptions.chrono).
 *
 * A publication date known only to the month cannot fix a weekday, "yesterday" or a clock time:
 * those expressions get the month itself, with month precision (see coarsenToMonth); the time stage
 * gives such a date a confidence of at most 0.4.
 */
import type { Timex } from '../types.ts';
import { parseDay, type Day } from './calendar.ts';
import { anchorAnaphora } from './anaphora.ts';
import { chronoCandidates } from './chrono.ts';
import { isLang, LEXICONS, type Lang } from './lexicon.ts';
import { runRules, type Candidate, type RuleContext } from './rule.ts';
import { anchorComparisons } from './fiscal.ts';
import { sentenceAround, tenseReader, type Tense } from './tense.ts';
import { carriedFromStoryDay } from './story-week.ts';
import { rulesToRun } from './trigger.ts';
import { coarsenToMonth } from './value.ts';
import { nightInStoryZone } from './reader-night.ts';
import { inStoryZone, withoutZoneEcho } from './zone-echo.ts';
import { dateNamesPlace } from './date-in-name.ts';
import { nightAfterEvening } from './night-after-evening.ts';

export interface ExtractOptions {
  lang: string;
  /** Publication date, YYYY-MM-DD (for a month-only date, any day of that month). */
  dct: string;
  dctPrecision?: 'day' | 'month';
  /** The report was stamped before noon of `dct`. */
  morning?: boolean;
  /**
   * Day (YYYY-MM-DD), time (YYYY-MM-DDTHH:MM) or evening (YYYY-MM-DDTEV) that "the
   * next day", "that night", "nine hours later" or a bare clock time counts from when the text names
   * none before.
   */
  anchor?: string;
  /**
   * What a bare clock time counts from instead of `anchor`: the earliest day told so far, for a
   * sentence of a paragraph after the one that named `anchor` ("The FBI on Sunday identified the
   * shooter. ¶ Crooks fired … shortly after 6 p.m." is back at Saturday's shooting).
   */
  clockAnchor?: string;
  /** `clockAnchor` is that earliest day, gone back to from a later paragraph. */
  clockBack?: boolean;
  /** The day the story is at, where `anchor` is a day looked back to: a bare "am Abend" is of it. */
  partAnchor?: string;
  /**
   * Also ask chrono-node for what the own rules missed. Off by default: on TempEval-3 tbaq-dev it
   * added no correct expression the rules lacked (value F1 75.3 → 74.9) and made extraction 4× slower.
   */
  chrono?: boolean;
  /** The IANA zone of the story's country: a clock told in the reader's zone is read there. */
  localZone?: string;
  /** The IANA zone of the reader, where the article tells its clocks there: its nights are the reader's. */
  readerZone?: string;
}

/** Longest first, then own rules before chrono, then earliest; keep what does not overlap. */
function select(candidates: Candidate[]): Candidate[] {
  const ranked = candidates
    .map((c, order) => ({ c, order }))
    .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order);
  const kept: Candidate[] = [];
  for (const { c } of ranked) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Blank, a comma or a time zone between a clock time and its day ("5 p.m. EST, Nov. 6"). */
const JOIN_GAP = /^(?:\s+|,\s*)(?:(?:[ECMP][SD]T|GMT|UTC|CES?T|MES?Z)(?:\s+|,\s*))?$/;

/**
 * A preposition between a clock time and its day ("at 4:17 a.m. on Monday", "04:17 local time on
 * Monday", "10:17 p.m. local time (2217 GMT) on Wednesday", "8am GMT on Tuesday", "Friday at noon", a translation's "at
 * 20:11 hours of 29 October"): two expressions, as TimeML marks them, but the clock is on that day.
 */
const LINK_GAP =
  /^\s+(?:hours\s+of\s+$|(?:(?:local\s+time|lokale\s+tijd|Ortszeit|[ECMP][SD]T|GMT|UTC|BST|CES?T|MES?Z)\s+)?(?:\([^()]{1,20}\)\s+)?(?:on|op|am|at|om|um)\s+$)/i;

/** The clock and the day of a pair of neighbours, when one is a clock time and the other a whole day. */
function clockAndDay(a: Candidate, b: Candidate): { clock: Candidate; day: Candidate } | undefined {
  const clock = a.rule === 'clock' ? a : b.rule === 'clock' ? b : undefined;
  const day = clock === a ? b : a;
  const whole =
    day.precision === 'day' && day.type === 'DATE' && day.interval && /^\d{4}-\d{2}-\d{2}$/.test(day.value);
  return clock && whole ? { clock, day } : undefined;
}

/** The clock time on the day: no longer a time of day waiting for the story's day. */
function onDay(clock: Candidate, day: Candidate): Candidate {
  const stamp = `${day.value}${clock.value.slice(10)}`;
  const time: Candidate = { ...clock };
  delete time.clock;
  return { ...time, value: stamp, interval: { start: stamp, end: stamp }, relative: day.relative };
}

/**
 * A clock time written right next to its day ("noon Thursday", "Friday, 3 p.m.", "4 a.m. EDT Thursday")
 * is one expression: the time on that day. After a preposition each keeps its words (LINK_GAP).
 */
function joinClockToDay(kept: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const c of kept) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, c.start) : '';
    const pair = prev && clockAndDay(prev, c);
    if (prev && pair && JOIN_GAP.test(gap)) {
      out[out.length - 1] = { ...onDay(pair.clock, pair.day), start: prev.start, end: c.end };
      continue;
    }
    if (prev && pair && LINK_GAP.test(gap)) {
      const timed = onDay(pair.clock, pair.day);
      if (pair.clock === prev) out[out.length - 1] = timed;
      out.push(pair.clock === c ? timed : c);
      continue;
    }
    out.push(c);
  }
  return out;
}

/** The time stage asks with the same publication date for every sentence of an article. */
let lastDct: { iso: string; day: Day | null } | undefined;

function publicationDay(iso: string): Day | null {
  if (lastDct?.iso !== iso) lastDct = { iso, day: parseDay(iso) };
  return lastDct.day;
}

/** Tense as seen from [start, end) of `text`, reading each sentence's markers once. */
function tenseOf(lang: Lang, text: string): (start: number, end: number) => Tense {
  let readers: Map<number, { length: number; read: (start: number, end: number) => Tense }> | undefined;
  return (start, end) => {
    const sentence = sentenceAround(text, start, end);
    readers ??= new Map();
    let reader = readers.get(sentence.offset);
    if (reader?.length !== sentence.text.length) {
      reader = { length: sentence.text.length, read: tenseReader(lang, sentence.text) };
      readers.set(sentence.offset, reader);
    }
    return reader.read(start - sentence.offset, end - sentence.offset);
  };
}

export function extractTimexes(text: string, opts: ExtractOptions): Timex[] {
  if (!isLang(opts.lang)) throw new Error(`unsupported language "${opts.lang}" (use en, nl or de)`);
  const dct = publicationDay(opts.dct);
  if (!dct) throw new Error(`publication date "${opts.dct}" is not a valid YYYY-MM-DD date`);
  const lang = opts.lang;
  const toRun = rulesToRun(lang, text);
  if (!toRun) return [];
  const ctx: RuleContext = {
    lang,
    lex: LEXICONS[lang],
    dct,
    text,
    tense: tenseOf(lang, text),
    morning: opts.morning === true,
  };
  const found = runRules(toRun.rules, ctx, toRun.wanted);
  if (found.length === 0 && opts.chrono !== true) return [];
  const own = select(found);
  const extra =
    opts.chrono !== true
      ? []
      : chronoCandidates(ctx).filter((c) => !own.some((k) => c.start < k.end && k.start < c.end));
  const monthOnly = opts.dctPrecision === 'month';
  // Of an article known only to its month, a day reaches the next sentence only when written out
  // in full (relative days became the month): "Einen Tag später" after "Am 18. Juli" is 19 July.
  const kept = anchorComparisons(
    carriedFromStoryDay(
      lang,
      anchorAnaphora(
        nightAfterEvening(
          joinClockToDay(
            withoutZoneEcho(select([...own, ...extra]), text, opts.localZone !== undefined),
            text,
          ),
          opts.anchor,
          text,
          dct,
        ),
        opts.anchor,
        text,
        !monthOnly,
        opts.clockAnchor ?? opts.anchor,
        opts.clockBack === true,
        opts.partAnchor,
      ),
      opts.anchor,
      text,
    ),
    text,
    opts.dct,
  );
  // Of an article dated to its month only, "am Abend" would say no more than the month: left out,
  // it cannot pull a report of a known day to the month.
  const local = opts.localZone;
  const reader = opts.readerZone;
  const zoned =
    local === undefined
      ? kept
      : kept.map((c) => {
          const read = inStoryZone(c, text, local);
          return reader === undefined ? read : nightInStoryZone(read, reader, local);
        });
  const told = (monthOnly ? zoned.filter((c) => !c.shift?.bare) : zoned).filter(
    (c) => !dateNamesPlace(text, c.start, c.end),
  );
  return told.map((c) => {
    const resolved = monthOnly && c.relative ? coarsenToMonth(c, dct) : c;
    return {
      text: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      type: resolved.type,
      value: resolved.value,
      interval: resolved.interval,
      precision: resolved.precision,
    };
  });
}
