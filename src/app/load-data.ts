import { fromTimelineJS, isTimelineJS } from '../export/from-timelinejs.ts';
import type { EventFile } from '../schema/events.ts';
import { EventFileError, parseEventFile } from '../schema/validate.ts';

/** Where the chronology comes from: `events.json` beside the page, or the `?data=` URL the embedder gave. */
export interface DataLocation {
  url: string;
  /** What the reader is told the file is called. */
  label: string;
}

export const DEFAULT_DATA_URL = 'events.json';

/** Reads `?data=` from a query string; only http(s) and relative URLs are fetched. */
export function dataLocation(search: string, base: string): DataLocation {
  const given = new URLSearchParams(search).get('data');
  if (given === null || given.trim() === '') return { url: DEFAULT_DATA_URL, label: DEFAULT_DATA_URL };
  let resolved: URL;
  try {
    resolved = new URL(given, base);
  } catch {
    throw new EventFileError(given, '', 'the ?data= address is not a valid URL');
  }
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') {
    throw new EventFileError(
      given,
      '',
      `the ?data= address must use http or https, not ${resolved.protocol}`,
    );
  }
  return { url: resolved.href, label: given };
}

/**
 * The one place where other chronology formats become an event file before validation:
 * TimelineJS 3 JSON is converted, anything else is passed on to the schema as it is.
 */
export function toEventFileJson(json: unknown, file: string): unknown {
  if (!isTimelineJS(json)) return json;
  try {
    return fromTimelineJS(json, file);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new EventFileError(file, '', message.replace(`${file}: `, ''));
  }
}

/** Fetches, converts and validates the event file; every failure is an EventFileError naming file, field and reason. */
export async function loadEventFile(
  location: DataLocation,
  fetchFn: typeof fetch = fetch,
): Promise<EventFile> {
  let response: Response;
  try {
    response = await fetchFn(location.url);
  } catch (e) {
    throw new EventFileError(
      location.label,
      '',
      `could not be fetched (${e instanceof Error ? e.message : e})`,
    );
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    throw new EventFileError(location.label, '', `could not be fetched: the server answered ${status}`);
  }
  const text = await response.text();
  // Single-page servers answer a wrong address with their own index.html and status 200.
  if (/^\s*</.test(text)) {
    throw new EventFileError(
      location.label,
      '',
      'is an HTML page, not a JSON event file (is the address right?)',
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new EventFileError(location.label, '', `is not valid JSON (${e instanceof Error ? e.message : e})`);
  }
  return parseEventFile(toEventFileJson(json, location.label), location.label);
}

/** What the reader is told when the chronology cannot be shown: which file, which field, and why. */
export type LoadFailure = Pick<EventFileError, 'file' | 'field' | 'reason'>;

/** The failure to show for an error met loading `file`: an event-file error names its own file and field. */
export function loadFailure(e: unknown, file: string): LoadFailure {
  if (e instanceof EventFileError) return { file: e.file, field: e.field, reason: e.reason };
  return { file, field: '', reason: e instanceof Error ? e.message : String(e) };
}
