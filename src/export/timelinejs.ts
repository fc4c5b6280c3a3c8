import type { ChronologyEvent, EventFile, When } from '../schema/events.ts';
import { lookup, placeNames } from './lookup.ts';

/** A TimelineJS 3 date: numbers (TimelineJS also accepts numeric strings, which fromTimelineJS reads). */
export interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  display_date?: string;
}

export interface TimelineSlide {
  start_date: TimelineDate;
  end_date?: TimelineDate;
  text: { headline: string; text: string };
  unique_id: string;
  group?: string;
  display_date?: string;
}

export interface TimelineJSFile {
  title: { text: { headline: string; text: string } };
  events: TimelineSlide[];
}

export function escapeHTML(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const lastDayOfMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

function parts(iso: string): { year: number; month: number; day: number; hour?: number; minute?: number } {
  const [date = '', time] = iso.split('T');
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  if (!time) return { year, month, day };
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return { year, month, day, hour, minute };
}

/**
 * TimelineJS shows a date at the resolution it is given, so month- and year-precise events drop the day
 * (and month) when they cover the whole month (year); everything else keeps its days, and its time if known.
 */
function timelineDates(when: When): { start_date: TimelineDate; end_date: TimelineDate } {
  const start = parts(when.start);
  const end = parts(when.end);
  const wholeMonth = start.day === 1 && end.day === lastDayOfMonth(end.year, end.month);
  const wholeYear = wholeMonth && start.month === 1 && end.month === 12;
  if (when.precision === 'year' && wholeYear) {
    return { start_date: { year: start.year }, end_date: { year: end.year } };
  }
  if ((when.precision === 'month' || when.precision === 'year') && wholeMonth) {
    return {
      start_date: { year: start.year, month: start.month },
      end_date: { year: end.year, month: end.month },
    };
  }
  return { start_date: start, end_date: end };
}

function slideText(event: ChronologyEvent, file: EventFile): string {
  const at = lookup(file);
  const html: string[] = [];
  if (event.summary) html.push(`<p>${escapeHTML(event.summary)}</p>`);
  const places = placeNames(event, at);
  if (places.length) html.push(`<p>${escapeHTML(places.join(', '))}</p>`);
  for (const source of event.sources) {
    const doc = at.document(source.document);
    const origin = doc
      ? [doc.title || doc.file, doc.publisher, doc.published.date].filter(Boolean).join(', ')
      : '';
    html.push(`<blockquote>${escapeHTML(source.sentence)}</blockquote>`);
    if (origin) html.push(`<p>— ${escapeHTML(origin)}</p>`);
  }
  return html.join('');
}

/** TimelineJS 3 JSON: one slide per event, unique_id = event id, grouped by kind, sources quoted in the text. */
export function toTimelineJS(file: EventFile, title = 'Chronology'): TimelineJSFile {
  return {
    title: {
      text: {
        headline: escapeHTML(title),
        text: escapeHTML(`${file.events.length} events from ${file.documents.length} articles`),
      },
    },
    events: file.events.map((event) => ({
      ...timelineDates(event.when),
      ...(event.when.text ? { display_date: escapeHTML(event.when.text) } : {}),
      text: { headline: escapeHTML(event.title), text: slideText(event, file) },
      unique_id: event.id,
      ...(event.kind ? { group: event.kind } : {}),
    })),
  };
}
