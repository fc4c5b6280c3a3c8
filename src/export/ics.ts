import type { ChronologyEvent, EventFile } from '../schema/events.ts';
import { actorNames, describeSource, lookup, placeNames } from './lookup.ts';

export interface IcsOptions {
  /** Calendar name shown by calendar apps. */
  name?: string;
  /** DTSTAMP of every VEVENT; pass a fixed date for reproducible files. */
  stamp?: Date;
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
export function escapeText(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and one space; a fold never splits a
 * UTF-8 character, so Cyrillic and accented names survive.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDay = (day: string): string => day.slice(0, 10).replaceAll('-', '');

/** The day after an ISO day, as iCalendar's exclusive all-day DTEND wants it. */
function nextDay(day: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

const stampOf = (date: Date): string =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

function description(event: ChronologyEvent, file: EventFile): string {
  const at = lookup(file);
  const lines = [
    `Date: ${event.when.text ? `${event.when.text} — ` : ''}${event.when.value} (${event.when.precision})`,
  ];
  if (event.summary) lines.push(event.summary);
  const actors = actorNames(event, at);
  if (actors.length) lines.push(`Actors: ${actors.join(', ')}`);
  if (event.conflicts.length)
    lines.push('Sources disagree on: ' + event.conflicts.map((c) => c.field).join(', '));
  if (event.edited?.length) lines.push(`Edited by hand: ${event.edited.join(', ')}`);
  lines.push('Sources:', ...event.sources.map((s) => `- ${describeSource(s, at)}`));
  return lines.join('\n');
}

function vevent(event: ChronologyEvent, file: EventFile, stamp: string): string[] {
  const at = lookup(file);
  const places = placeNames(event, at);
  const first = event.places.map((id) => at.place(id)).find((p) => p !== undefined);
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.id)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDay(event.when.start)}`,
    `DTEND;VALUE=DATE:${compactDay(nextDay(event.when.end))}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(description(event, file))}`,
    ...(places.length ? [`LOCATION:${escapeText(places.join(', '))}`] : []),
    ...(first ? [`GEO:${first.lat};${first.lon}`] : []),
    ...(event.kind ? [`CATEGORIES:${escapeText(event.kind)}`] : []),
    'END:VEVENT',
  ];
}

/** An RFC 5545 calendar with one all-day VEVENT per event, UID = event id, CRLF line ends. */
export function toICS(file: EventFile, options: IcsOptions = {}): string {
  const stamp = stampOf(options.stamp ?? new Date());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//crisis-chronology//EN',
    'CALSCALE:GREGORIAN',
    ...(options.name ? [`X-WR-CALNAME:${escapeText(options.name)}`] : []),
    ...file.events.flatMap((event) => vevent(event, file, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map((line) => foldLine(line) + '\r\n').join('');
}
