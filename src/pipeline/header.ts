import { isHeadlineShaped } from './boilerplate.ts';
import { agencyIdDay } from './agency-id.ts';
import { dateLineDay } from './date-line.ts';
import type { ArticleMeta, ParsedArticle, PublishedHint, RawArticle } from './types.ts';

/** The seed corpus's header: " date 2022-01-08 " or " date 2022-01 " glued to the first line. */
const SEED_HEADER = /^[ \t]*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*/;
/** The marks of a Markdown heading ("# Japan earthquake …"): no part of the headline. */
const MARKDOWN_HEADING = /^#{1,6}\s+/;
/** A line that is only an ISO date or timestamp, as scraped article pages put under the headline. */
const TIMESTAMP_LINE =
  /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** A byline between the headline and the date: "By Staff Writer", "Von Anna Schmidt", "Door Jan de Vries", "Author: …". */
const BYLINE = /^(?:(?:by|von|door)\s+\p{Lu}|(?:author|autor|auteur|text|tekst)\s*:)/iu;
/** A timestamp this far down is part of the article, not its dateline. */
const TIMESTAMP_MAX_LINE = 10;

function isValidDay(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

/** Reads a date given as YYYY-MM, YYYY-MM-DD or a full ISO timestamp, keeping its precision. */
export function parseDateValue(value: string, from: PublishedHint['from']): PublishedHint | undefined {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ](\d{2})[\d:.]*(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!m) return undefined;
  if (m[3] === undefined) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { date: `${m[1]}-${m[2]}-01`, precision: 'month', from } : undefined;
  }
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (!isValidDay(date)) return undefined;
  const hour = m[4] === undefined ? undefined : Number(m[4]);
  return hour === undefined || hour > 23
    ? { date, precision: 'day', from }
    : { date, precision: 'day', from, hour };
}

function unquote(value: string): string {
  const v = value.trim();
  return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v;
}

/** Markdown front matter: a block of "key: value" lines between two "---" lines at the very top. */
function frontMatter(text: string): { meta: ArticleMeta; body: string } | undefined {
  const m = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!m) return undefined;
  const meta: ArticleMeta = {};
  for (const line of (m[1] ?? '').split('\n')) {
    const kv = /^([A-Za-z_-]+)[ \t]*:[ \t]*(.*)$/.exec(line);
    if (!kv) continue;
    const key = (kv[1] ?? '').toLowerCase();
    const value = unquote(kv[2] ?? '');
    if (value === '') continue;
    if (key === 'title') meta.title = value;
    else if (key === 'url') meta.url = value;
    else if (key === 'publisher' || key === 'source') meta.publisher = value;
    else if (key === 'language' || key === 'lang') meta.language = value.toLowerCase().slice(0, 2);
    else if (key === 'date' || key === 'published') {
      const hint = parseDateValue(value, 'front-matter');
      if (hint) meta.published = hint;
    }
  }
  return { meta, body: text.slice(m[0].length) };
}

/** A date line as news sites write it ("Thu 6 Jan 2022 12.41 GMT", "Stand: 05.01.2022 10:21 Uhr"). */
function writtenDate(line: string): PublishedHint | undefined {
  const day = dateLineDay(line);
  return day === undefined ? undefined : { date: day, precision: 'day', from: 'date-line' };
}

/** Takes the header, the dateline timestamp or date line and any front matter off an article's text. */
export function parseHeader(raw: RawArticle): ParsedArticle {
  const front = frontMatter(raw.text);
  const meta: ArticleMeta = front?.meta ?? {};
  let body = front?.body ?? raw.text;

  const seed = SEED_HEADER.exec(body);
  const seedHint = seed ? parseDateValue(seed[1] ?? '', 'header') : undefined;
  if (seed && seedHint) {
    meta.published ??= seedHint;
    body = body.slice(seed[0].length);
    // A headline after the date on the header line is the title: lines under it (a site's trail
    // of sections, a byline) are no part of it, however long. Prose there is the lede's.
    const headline = body.split('\n', 1)[0]?.trim();
    if (headline && !meta.title && isHeadlineShaped(headline)) meta.title = headline;
  }

  if (!meta.published) {
    const lines = body.split('\n');
    let seen = 0;
    for (let i = 0; i < lines.length && seen < TIMESTAMP_MAX_LINE; i++) {
      const line = (lines[i] ?? '').trim();
      if (line === '') continue;
      seen++;
      const stamp = TIMESTAMP_LINE.exec(line);
      const hint = stamp ? parseDateValue(line, 'timestamp') : writtenDate(line);
      if (!hint) continue;
      meta.published = hint;
      // Scraped pages put masthead lines, then the headline (perhaps a byline), then the dateline: the
      // headline is the last line above the timestamp that is no byline, and what stands above it
      // is the site's masthead. A single word right above the date ("Published", "Updated",
      // "Aktualisiert") labels it: a headline has more words than one.
      const above = lines
        .slice(0, i)
        .map((l) => l.trim())
        .filter((l) => l !== '');
      const headline = above.filter((l) => !BYLINE.test(l) && /\s/.test(l)).at(-1);
      if (headline && !meta.title) meta.title = headline.replace(MARKDOWN_HEADING, '');
      body = lines.slice(i + 1).join('\n');
      break;
    }
  }
  if (!meta.published) {
    const day = agencyIdDay(body);
    if (day) meta.published = { date: day, precision: 'day', from: 'agency-id' };
  }
  return { id: raw.id, file: raw.file, meta, body };
}
