/**
 * A live blog is a run of short entries, each under the clock time it was written ("00.20",
 * "11.20pm GMT") or opening with it ("0.25 Uhr: Die Polizei stürmt …"), newest first or oldest
 * first, past midnight, with day headers ("Zaterdag 14 november", "Samstag, 14. November"). What
 * an entry tells is dated from its own day and clock, not from the blog's publication day.
 */
import { CLOCK, hour24, isTickerHeadline } from '../clock-line.ts';
import { inZone } from '../time-zone.ts';
import type { ParagraphText } from '../types.ts';
import { addDays, formatDay, parseDay } from './calendar.ts';
import { LEXICONS, type Lang } from './lexicon.ts';

/** The day and clock an entry was written at, in the zone its clock names ("GMT") if any. */
export interface EntryClock {
  day: string;
  /** "HH:MM" */
  time: string;
  /** The zone the clock was told in, where it could not be read in the story's own. */
  zone?: string;
  /** The length of the clock that opens this paragraph's text ("21.20 Uhr"), the entry's and no time of what it tells. */
  opener?: number;
}

/** What may follow a clock that heads its entry's text in the same paragraph ("20.15 uur | …"). */
const OPENER_TAIL = /^\s*[:–—|-]\s+\S/u;

const DAY = 24 * 60;

/** Fewer entries than this is a report that happens to hold a clock, no live blog. */
const MIN_ENTRIES = 3;

interface Clock {
  minutes: number;
  zone?: string;
  opener?: number;
}

function clockAt(text: string): { clock: Clock; length: number } | undefined {
  const m = CLOCK.exec(text);
  const g = m?.groups;
  if (!m || !g) return undefined;
  const ampm = g.ampm?.toLowerCase();
  const h = Number(g.h);
  if (ampm && (h < 1 || h > 12)) return undefined;
  const zone = g.zone?.toUpperCase();
  return {
    clock: { minutes: hour24(h, ampm) * 60 + Number(g.m), ...(zone ? { zone } : {}) },
    length: m[0].length,
  };
}

/**
 * A paragraph that is only a clock or a ticker's headline ("+++ 18:45 Uhr: Tokajew erteilt
 * Schießbefehl +++"), or opens its text with a clock and a colon.
 */
function entryClock(p: ParagraphText): Clock | undefined {
  const found = clockAt(p.text);
  if (!found) return undefined;
  const rest = p.text.slice(found.length);
  if (rest.trim() === '' || (p.heading && isTickerHeadline(p.text))) return found.clock;
  if (!p.heading && OPENER_TAIL.test(rest)) return { ...found.clock, opener: found.length };
  return undefined;
}

/** A heading that is only a day: "Zaterdag 14 november", "Samstag, 14. November", "Saturday, November 14". */
function dayHeader(lang: Lang, p: ParagraphText, published: string): string | undefined {
  return p.heading ? dayOfHeader(lang, p.text, published) : undefined;
}

/** The day a line that is only a day names, in the publication's year unless it names one. */
export function dayOfHeader(lang: Lang, text: string, published: string): string | undefined {
  const words = text
    .toLowerCase()
    .split(/[\s,.]+/u)
    .filter(Boolean);
  const lexicon = LEXICONS[lang];
  if (words.length < 3 || words.length > 4 || lexicon.weekdays[words[0] ?? ''] === undefined)
    return undefined;
  const [a = '', b = ''] = words.slice(1, 3);
  const day = Number(/^\d{1,2}$/u.test(a) ? a : b);
  const month = lexicon.months[/^\d{1,2}$/u.test(a) ? b : a];
  const year = words[3] && /^\d{4}$/u.test(words[3]) ? Number(words[3]) : Number(published.slice(0, 4));
  if (!month || !day || (words[3] && !/^\d{4}$/u.test(words[3]))) return undefined;
  const parsed = parseDay(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  return parsed ? formatDay(parsed) : undefined;
}

interface Entry {
  clock: Clock;
  /** The day of the header right above it, if any. */
  header?: string;
  paragraphs: string[];
}

function readEntries(lang: Lang, paragraphs: readonly ParagraphText[], published: string): Entry[] {
  const entries: Entry[] = [];
  let header: string | undefined;
  let open: Entry | undefined;
  for (const p of paragraphs) {
    const day = dayHeader(lang, p, published);
    if (day) {
      header = day;
      open = undefined;
      continue;
    }
    const clock = entryClock(p);
    if (clock) {
      open = { clock, ...(header ? { header } : {}), paragraphs: p.heading ? [] : [p.id] };
      header = undefined;
      entries.push(open);
    } else if (p.heading) open = undefined;
    else open?.paragraphs.push(p.id);
  }
  return entries;
}

/**
 * The entry clocks of a live blog, by paragraph id; empty for any other article. Entries newest
 * first are told by clocks that mostly fall down the page. Read in the order they were written,
 * a clock earlier than the one before passes midnight. A day header fixes the day of the entry
 * under it; failing one, the newest entry is of the publication day, the blog's last update.
 */
export function liveEntryClocks(
  lang: Lang,
  paragraphs: readonly ParagraphText[],
  published: string,
  localZone?: string,
): Map<string, EntryClock> {
  const out = new Map<string, EntryClock>();
  const inPage = readEntries(lang, paragraphs, published);
  if (inPage.length < MIN_ENTRIES) return out;
  // Round the clock: 00.20 above 23.58 falls by 22 minutes, it does not rise by a day's less.
  let falls = 0;
  let rises = 0;
  for (let i = 1; i < inPage.length; i++) {
    const ahead = ((inPage[i]?.clock.minutes ?? 0) - (inPage[i - 1]?.clock.minutes ?? 0) + DAY) % DAY;
    if (ahead > DAY / 2) falls++;
    else if (ahead > 0) rises++;
  }
  const newestFirst = falls > rises;
  const written = newestFirst ? [...inPage].reverse() : inPage;
  const offsets: number[] = [];
  written.forEach((e, i) => {
    const before = written[i - 1];
    const previous = offsets[i - 1] ?? 0;
    offsets.push(before && e.clock.minutes < before.clock.minutes ? previous + 1 : previous);
  });
  const last = offsets[offsets.length - 1] ?? 0;
  const headed = written.findIndex((e) => e.header !== undefined);
  const base = parseDay(headed >= 0 ? (written[headed]?.header ?? published) : published);
  if (!base) return out;
  const shift = headed >= 0 ? -(offsets[headed] ?? 0) : -last;
  written.forEach((e, i) => {
    const told = formatDay(addDays(base, shift + (offsets[i] ?? 0)));
    const h = Math.floor(e.clock.minutes / 60);
    const clock = `${String(h).padStart(2, '0')}:${String(e.clock.minutes % 60).padStart(2, '0')}`;
    // "11.20pm GMT" of a story in Paris is read as Paris tells it: 00:20 on the next day.
    const local = e.clock.zone && localZone ? inZone(told, clock, e.clock.zone, localZone) : undefined;
    const { day, time } = local ?? { day: told, time: clock };
    const zone = e.clock.zone && !local ? { zone: e.clock.zone } : {};
    e.paragraphs.forEach((id, k) =>
      out.set(id, { day, time, ...zone, ...(k === 0 && e.clock.opener ? { opener: e.clock.opener } : {}) }),
    );
  });
  return out;
}

/** Whether a paragraph heads or opens an entry with a clock of a named zone ("11.20pm GMT"). */
export function hasZonedClock(paragraphs: readonly ParagraphText[]): boolean {
  return paragraphs.some((p) => entryClock(p)?.zone !== undefined);
}
