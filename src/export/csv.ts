import type { EventFile } from '../schema/events.ts';
import { actorNames, describeSource, lookup, placeNames } from './lookup.ts';

export const CSV_COLUMNS = [
  'id',
  'start',
  'end',
  'precision',
  'timex3',
  'date_text',
  'title',
  'kind',
  'places',
  'actors',
  'figures',
  'sources',
  'conflicts',
  'edited',
] as const;

/**
 * A spreadsheet cannot tell a cell from a formula when text starts with = + - @: prefix such cells with an
 * apostrophe (OWASP's advice), since titles and sentences come from untrusted articles.
 */
function defuse(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !/^-?\d+([.,]\d+)?$/.test(value) ? `'${value}` : value;
}

/** RFC 4180: quote a field holding a comma, quote or line break, and double its quotes. */
export function csvField(value: string): string {
  const safe = defuse(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One row per event, header first, CRLF line ends (RFC 4180); list cells are joined with "; " or line breaks. */
export function toCSV(file: EventFile): string {
  const at = lookup(file);
  const rows = file.events.map((event) => [
    event.id,
    event.when.start,
    event.when.end,
    event.when.precision,
    event.when.value,
    event.when.text ?? '',
    event.title,
    event.kind ?? '',
    placeNames(event, at).join('; '),
    actorNames(event, at).join('; '),
    event.figures.map((f) => `${f.text} (${f.value} ${f.counts})`).join('; '),
    event.sources.map((s) => describeSource(s, at)).join('\n'),
    event.conflicts.length ? 'yes' : 'no',
    (event.edited ?? []).join('; '),
  ]);
  return [[...CSV_COLUMNS], ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
