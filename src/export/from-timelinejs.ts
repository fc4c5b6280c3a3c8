import * as v from 'valibot';
import { SCHEMA_VERSION, type ChronologyEvent, type EventFile, type Precision } from '../schema/events.ts';

const Num = v.union([v.number(), v.pipe(v.string(), v.regex(/^-?\d+$/, 'must be a whole number'))]);

const DateSchema = v.looseObject({
  year: Num,
  month: v.optional(v.union([Num, v.literal('')])),
  day: v.optional(v.union([Num, v.literal('')])),
  hour: v.optional(v.union([Num, v.literal('')])),
  minute: v.optional(v.union([Num, v.literal('')])),
});

const TextSchema = v.looseObject({ headline: v.optional(v.string()), text: v.optional(v.string()) });

const SlideSchema = v.looseObject({
  start_date: v.optional(DateSchema),
  end_date: v.optional(DateSchema),
  text: v.optional(TextSchema),
  unique_id: v.optional(v.string()),
  group: v.optional(v.string()),
  display_date: v.optional(v.string()),
});

const TimelineSchema = v.looseObject({
  title: v.optional(v.looseObject({ text: v.optional(TextSchema) })),
  events: v.array(SlideSchema),
});

type TimelineDateIn = v.InferOutput<typeof DateSchema>;

/** A TimelineJS 3 file has an `events` array of slides with `start_date`, and none of our schemaVersion. */
export function isTimelineJS(json: unknown): boolean {
  if (typeof json !== 'object' || json === null || 'schemaVersion' in json) return false;
  const events = (json as { events?: unknown }).events;
  return (
    Array.isArray(events) &&
    events.some((e: unknown) => typeof e === 'object' && e !== null && 'start_date' in e)
  );
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Plain text of TimelineJS's HTML fields: scripts and tags dropped (blocks become lines), entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<\/?(br|p|div|blockquote|li|h\d)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

const num = (value: string | number | undefined): number | undefined =>
  value === undefined || value === '' ? undefined : Number(value);
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const lastDayOfMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

interface Resolved {
  first: string;
  last: string;
  precision: Precision;
  value: string;
}

/** A TimelineJS date at its own resolution: its first and last day (or minute) and what precision that is. */
function resolve(date: TimelineDateIn): Resolved {
  const year = Number(date.year);
  const month = num(date.month);
  const day = num(date.day);
  const hour = num(date.hour);
  const y = pad(year, 4);
  if (month === undefined) return { first: `${y}-01-01`, last: `${y}-12-31`, precision: 'year', value: y };
  const ym = `${y}-${pad(month)}`;
  if (day === undefined) {
    return {
      first: `${ym}-01`,
      last: `${ym}-${pad(lastDayOfMonth(year, month))}`,
      precision: 'month',
      value: ym,
    };
  }
  const ymd = `${ym}-${pad(day)}`;
  if (hour === undefined) return { first: ymd, last: ymd, precision: 'day', value: ymd };
  const time = `${ymd}T${pad(hour)}:${pad(num(date.minute) ?? 0)}`;
  return { first: time, last: time, precision: 'time', value: time };
}

/** FNV-1a, for ids derived from a slide's content when it has no unique_id. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Converts a TimelineJS 3 JSON file to our event file. Slides without a start date (TimelineJS's title
 * slide, eras) are skipped. Each slide's headline and text become one paragraph of a synthetic document
 * ("timelinejs"), cited whole as the event's source, so every event stays traceable to its text.
 * Throws an Error naming the field when the file is not TimelineJS 3 JSON.
 */
export function fromTimelineJS(json: unknown, file = 'timeline.json'): EventFile {
  const parsed = v.safeParse(TimelineSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = (issue.path ?? []).map((p) =>
      typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`,
    );
    throw new Error(
      `${file}: ${path.join('').replace(/^\./, '') || '(root)'}: ${issue.message} (not TimelineJS 3 JSON)`,
    );
  }
  const paragraphs: { id: string; text: string }[] = [];
  const events: ChronologyEvent[] = [];
  const ids = new Set<string>();
  for (const slide of parsed.output.events) {
    if (!slide.start_date) continue;
    const headline = htmlToText(slide.text?.headline ?? '');
    const body = htmlToText(slide.text?.text ?? '');
    const start = resolve(slide.start_date);
    const end = slide.end_date ? resolve(slide.end_date) : start;
    const text = [headline, body].filter(Boolean).join('\n') || start.value;
    let id = slide.unique_id?.trim() || `tl-${hash(`${start.value}\n${text}`)}`;
    for (let n = 2; ids.has(id); n++) id = `${slide.unique_id?.trim() || 'tl'}-${n}`;
    ids.add(id);
    const paragraph = `p${paragraphs.length + 1}`;
    paragraphs.push({ id: paragraph, text });
    const firstLine = text.split('\n')[0] ?? text;
    events.push({
      id,
      title: headline || firstLine,
      ...(slide.group ? { kind: slide.group } : {}),
      when: {
        start: start.first,
        end: end.last,
        precision: start.precision,
        value: start.value,
        ...(slide.display_date ? { text: htmlToText(slide.display_date) } : {}),
        confidence: 1,
      },
      places: [],
      actors: [],
      figures: [],
      sources: [{ document: 'timelinejs', paragraph, sentence: text, start: 0, end: text.length }],
      conflicts: [],
    });
  }
  const lastDay =
    events
      .map((e) => e.when.end.slice(0, 10))
      .sort()
      .at(-1) ?? '1970-01-01';
  const title = htmlToText(parsed.output.title?.text?.headline ?? '') || 'TimelineJS import';
  return {
    schemaVersion: SCHEMA_VERSION,
    documents: [
      {
        id: 'timelinejs',
        file,
        title,
        language: 'und',
        published: {
          date: lastDay,
          precision: 'day',
          inferred: true,
          reason: 'imported from TimelineJS, which records no publication date: the last event’s day',
        },
        paragraphs,
      },
    ],
    events,
    places: [],
    actors: [],
  };
}
