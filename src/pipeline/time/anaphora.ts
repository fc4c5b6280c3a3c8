/**
 * Days told relative to another day of the story, not to publication: "the next day", "that night",
 * "a day later", "de dag erna", "am Vortag"; a bare part of the day ("in the afternoon", "am
 * Vormittag") is of the day the story is at. They resolve against the nearest day-level expression
 * before them in the same text, else the anchor the caller gives (the time stage passes the previous
 * sentence's day), else the publication day.
 */
import { addDays, parseDay, weekday, type Day } from './calendar.ts';
import type { Lang } from './lexicon.ts';
import { ANAPHORA_WORDS as WORDS } from './anaphora-words.ts';
import { lateBefore } from './late-evening.ts';
import { toldBeginning } from './told-beginning.ts';
import { alternation, B, E } from './word-pattern.ts';
import { pattern, type Candidate, type Rule } from './rule.ts';
import { applyOffset, offsetAfter, offsetAhead, offsetBefore, type StoryTime } from './offset.ts';
import { dayValue, nightValue, partOfDayValue, timeValue, weekValue } from './value.ts';

/** A word right after "the day before": it names the day by what follows. */
const WORD_FOLLOWS = /^\s+[\p{L}\p{N}]/u;

/** "of", "des", "on", "am" right after a part of the day: what follows names its day. */
const OF_FOLLOWS = /^\s+(?:of|van|des|vom|on|op|am)\s/i;

export function anaphoraRule(lang: Lang): Rule {
  return {
    name: 'anaphoric-day',
    re: pattern(`${B}(?<x>${alternation(Object.keys(WORDS[lang]))})${E}`),
    anchors: [Object.keys(WORDS[lang])],
    resolve(m, ctx) {
      const shift = WORDS[lang][(m.groups?.x ?? '').toLowerCase().replace(/\s+/g, ' ')];
      if (!shift) return null;
      // "the day before the vote" names the day by what follows, not by the story so far.
      const next = m.input.slice(m.index + m[0].length, m.index + m[0].length + 3);
      if (/(before|after)$/i.test(m[0]) && WORD_FOLLOWS.test(next)) return null;
      // "the evening of 5 March", "am Abend des 5. März": the day is named after it.
      if (shift.bare && OF_FOLLOWS.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 6)))
        return null;
      // Provisional: against publication; anchorAnaphora() moves it to the story's day.
      const day = addDays(ctx.dct, shift.days);
      const value = shift.part
        ? partOfDayValue(day, shift.part)
        : shift.week
          ? weekValue(day)
          : dayValue(day);
      return Object.assign(value, {
        relative: true,
        shift,
      });
    },
  };
}

const DAY_VALUE = /^(\d{4}-\d{2}-\d{2})(?:$|T(\d{2}):(\d{2})|T(EV|NI)$)?/;

interface Last extends StoryTime {
  relative: boolean;
  /** The story is at that day's evening ("late on Tuesday", "dinsdagavond"). */
  evening?: boolean;
  /** The story is at the night from that day into the next ("vannacht", "in der Nacht zu Donnerstag"). */
  night?: boolean;
}

/** The last hour of the small hours: a bare clock time up to it, told after an evening, is past midnight. */
const SMALL_HOURS_END = 5;
const EVENING_FROM = 18;
const NOON = 12;

/**
 * The day a bare clock time falls on after the story was at `last`: "late on Tuesday … shortly
 * after 1 a.m. lawmakers voted" is the small hours of Wednesday, not of that Tuesday.
 */
function clockDay(last: Last, hour: number) {
  // "vannacht … maakte om 09.41 uur de uitslag bekend": a morning after the night is the next day's.
  if (last.night === true && hour < NOON) return addDays(last.day, 1);
  const evening = last.evening === true || (last.clock !== undefined && last.clock.hour >= EVENING_FROM);
  return evening && hour <= SMALL_HOURS_END ? addDays(last.day, 1) : last.day;
}

/**
 * Re-resolve anaphoric days, bare clock times and offsets ("nine hours later") against the nearest
 * day (and time of day) before them, else `anchor` (YYYY-MM-DD, or YYYY-MM-DDTHH:MM), which
 * `anchorRelative` tells whether it was computed from the publication date. `clockBack`: the
 * sentence's paragraph comes after the one that named `anchor`, so a bare clock time goes back to
 * `clockAnchor`, the story's first day. `partAnchor`: the day the story is at where `anchor` is a
 * day a sentence looked back to (see flashback.ts), which a bare part of the day ("am Abend") is of.
 */
export function anchorAnaphora(
  kept: Candidate[],
  anchor: string | undefined,
  text = '',
  anchorRelative = true,
  clockAnchor = anchor,
  clockBack = false,
  partAnchor?: string,
): Candidate[] {
  let last: Last | undefined = anchor ? dayOf(anchor, anchorRelative) : undefined;
  const partFrom = partAnchor ? dayOf(partAnchor, anchorRelative) : undefined;
  const clockFrom: Last | undefined =
    clockAnchor === anchor ? undefined : clockAnchor ? dayOf(clockAnchor, anchorRelative) : undefined;
  let lastInText = false;
  // The day the sentence names last and what the story was at before it, for a day told in an aside.
  let named: Candidate | undefined;
  let before: Last | undefined;
  return kept.map((c) => {
    // "290 on the Monday": the first such weekday from the day the story is at.
    if (c.storyWeekday !== undefined && last) {
      const day = addDays(last.day, (c.storyWeekday - weekday(last.day) + 7) % 7);
      before = last;
      last = { day, relative: last.relative };
      lastInText = true;
      const out: Candidate = Object.assign({}, c, dayValue(day), { relative: last.relative });
      named = out;
      return out;
    }
    if (c.shift && last) {
      // A bare part of the day is of the day the story is at, not of one a look back named.
      const from = c.shift.bare && !lastInText && partFrom ? partFrom : last;
      const day = addDays(from.day, c.shift.days);
      const resolved = c.shift.part ? partOfDayValue(day, c.shift.part) : dayValue(day);
      const out: Candidate = Object.assign({}, c, resolved, { relative: from.relative });
      last = { day, relative: from.relative };
      return out;
    }
    // "Am Abend" in a story that has named no day yet: publication need not be that day.
    if (c.shift?.bare) return { ...c, value: `XXXX-XX-XXT${c.shift.part ?? ''}`, interval: null };
    // "a nightly curfew from 10 p.m. to 5 a.m.": a clock time of a recurrence names no day.
    if (c.clock && recurring(kept, c, text)) {
      const hhmm = `${String(c.clock.hour).padStart(2, '0')}:${String(c.clock.minute).padStart(2, '0')}`;
      return { ...c, value: `XXXX-XX-XXT${hhmm}`, interval: null };
    }
    // A bare clock time ("The quake hit at 4:17 a.m.") is on the day the story was last at, unless
    // that day was told in a relative clause closed before it ("The boat, which had left late on
    // Monday, overturned at 4 a.m."): then on the day before the aside, or on none yet.
    if (c.clock && named && asideBetween(text, named, c)) {
      named = undefined;
      last = before;
      if (!last) return c;
    }
    // A clock time with no day of its own text counts from `clockAnchor` where one is given.
    const from = !lastInText && clockFrom ? clockFrom : last;
    if (c.clock && from) {
      // Gone back to the story's first day, a beginning told there is of that day's small hours;
      // of a night told as such ("in der Nacht zu Samstag"), the small hours are the next day's.
      const back = clockBack && !lastInText && from.night !== true && toldBeginning(text, c.start);
      last = { day: back ? from.day : clockDay(from, c.clock.hour), clock: c.clock, relative: from.relative };
      return { ...c, ...timeValue(last.day, c.clock.hour, c.clock.minute), relative: last.relative };
    }
    // "about nine hours later", "over twee dagen": the duration stays as written (TimeML's PT9H);
    // its interval is the point it reaches, which dates the sentence.
    const offset =
      c.type === 'DURATION' && last
        ? (offsetAfter(c.value, text.slice(c.end)) ?? offsetAhead(c.value, text.slice(0, c.start)))
        : undefined;
    if (offset && last) {
      const to = applyOffset(last, offset);
      // "dinsdagavond … enkele uren later": hours on from an evening may run past midnight.
      const point = to.clock
        ? timeValue(to.day, to.clock.hour, to.clock.minute)
        : last.evening && offset.days === 0
          ? nightValue(to.day)
          : dayValue(to.day);
      last = { ...to, relative: last.relative };
      return { ...c, interval: point.interval, precision: point.precision, relative: last.relative };
    }
    // "on Friday, two days after soldiers detained …": the clause happened that long before the
    // time told ahead of it in this same text (never a previous sentence's, which need not be its frame).
    const back =
      c.type === 'DURATION' && last && lastInText ? offsetBefore(c.value, text.slice(c.end)) : undefined;
    if (back && last) {
      const point = dayValue(applyOffset({ day: last.day }, back).day);
      return { ...c, interval: point.interval, precision: point.precision, relative: last.relative };
    }
    const found = c.type === 'DURATION' ? undefined : dayOf(c.value, c.relative);
    const own = found && !found.clock && lateBefore(text, c.start) ? { ...found, evening: true } : found;
    if (own) {
      before = last;
      named = c;
      // "at 10:40 p.m. on Monday" gives the time, then its day: the story is still at that time.
      last = lastInText && last?.clock && !own.clock && sameDay(last.day, own.day) ? last : own;
      lastInText = true;
    }
    return c;
  });
}

/** A comma and a relative pronoun that open an aside: ", which", ", die", ", der". */
const ASIDE_OPEN = /^,\s+(?:which|who|whose|whom|die|dat|welke|wie|der|das|welche|den|dem)\s/i;

/** Whether `day` lies in an aside (", which … ,") that closes before `clock`. */
function asideBetween(text: string, day: Candidate, clock: Candidate): boolean {
  if (!text.slice(day.end, clock.start).includes(',')) return false;
  const open = text.lastIndexOf(',', day.start);
  return open >= 0 && ASIDE_OPEN.test(text.slice(open, day.start));
}

/** What joins the two clock times of a span of hours: "6 p.m. to 6 a.m.", "18.00 uur tot 06.00 uur", "20 bis 6 Uhr". */
const HOURS_JOINT = /^\s*(?:to|until|till|tot|bis|-|–)\s*$/i;

/**
 * "A curfew from 6 p.m. to 6 a.m. has been in force since Tuesday": hours that run past midnight,
 * with no day joined to them, are hours kept every night, not a time on the story's day.
 */
function overnightHours(kept: Candidate[], c: Candidate, text: string): boolean {
  return kept.some((k) => {
    if (!k.clock || !c.clock || k === c) return false;
    const [from, to] = k.end <= c.start ? [k, c] : [c, k];
    const [a, b] = [from.clock as { hour: number }, to.clock as { hour: number }];
    return a.hour > b.hour && HOURS_JOINT.test(text.slice(from.end, to.start));
  });
}

/** A set ("nightly", "every day") shortly before the clock time, in the same clause, or hours kept overnight. */
function recurring(kept: Candidate[], c: Candidate, text: string): boolean {
  return (
    kept.some(
      (k) =>
        k.type === 'SET' &&
        k.end <= c.start &&
        c.start - k.end <= 40 &&
        !/[;:]/.test(text.slice(k.end, c.start)),
    ) || overnightHours(kept, c, text)
  );
}

function sameDay(a: Day, b: Day): boolean {
  return a.y === b.y && a.m === b.m && a.d === b.d;
}

function dayOf(iso: string, relative: boolean): Last | undefined {
  const m = DAY_VALUE.exec(iso);
  const day = m?.[1] ? parseDay(m[1]) : null;
  if (!m || !day) return undefined;
  if (m[2] && m[3]) return { day, clock: { hour: Number(m[2]), minute: Number(m[3]) }, relative };
  if (m[4] === 'NI') return { day, relative, evening: true, night: true };
  return m[4] ? { day, relative, evening: true } : { day, relative };
}
