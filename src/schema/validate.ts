import * as v from 'valibot';
import { conformance, type Conforms } from './conforms.ts';
import { EventFileSchema, type EventFile, type Source } from './events.ts';

/** Thrown when an event file breaks the contract; the message names file, field and reason. */
export class EventFileError extends Error {
  readonly file: string;
  readonly field: string;
  readonly reason: string;
  constructor(file: string, field: string, reason: string) {
    super(`${file}: ${field || '(root)'}: ${reason}`);
    this.name = 'EventFileError';
    this.file = file;
    this.field = field;
    this.reason = reason;
  }
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
}

/** Checks that every id an event refers to exists and that each cited sentence is really in its paragraph. */
function checkReferences(data: EventFile): { field: string; reason: string } | null {
  const paragraphs = new Map<string, Map<string, string>>();
  for (const doc of data.documents) {
    const texts = new Map<string, string>();
    for (const p of doc.paragraphs) texts.set(p.id, p.text);
    paragraphs.set(doc.id, texts);
  }
  const places = new Set<string>();
  for (const p of data.places) places.add(p.id);
  const actors = new Set<string>();
  for (const a of data.actors) actors.add(a.id);
  const ids = new Set<string>();
  for (let i = 0; i < data.events.length; i++) {
    const event = data.events[i] as EventFile['events'][number];
    if (ids.has(event.id)) return { field: `events[${i}].id`, reason: `duplicate event id "${event.id}"` };
    ids.add(event.id);
    for (let j = 0; j < event.places.length; j++) {
      const place = event.places[j] as string;
      if (!places.has(place))
        return { field: `events[${i}].places[${j}]`, reason: `unknown place "${place}"` };
    }
    for (let j = 0; j < event.actors.length; j++) {
      const actor = event.actors[j] as string;
      if (!actors.has(actor))
        return { field: `events[${i}].actors[${j}]`, reason: `unknown actor "${actor}"` };
    }
    for (let j = 0; j < event.sources.length; j++) {
      const broken = checkSource(paragraphs, event.sources[j] as Source);
      if (broken) return { field: `events[${i}].sources[${j}].${broken.field}`, reason: broken.reason };
    }
  }
  return null;
}

function checkSource(
  paragraphs: ReadonlyMap<string, ReadonlyMap<string, string>>,
  source: Source,
): { field: string; reason: string } | null {
  const doc = paragraphs.get(source.document);
  if (!doc) return { field: 'document', reason: `unknown document "${source.document}"` };
  const text = doc.get(source.paragraph);
  if (text === undefined) return { field: 'paragraph', reason: `unknown paragraph "${source.paragraph}"` };
  if (text.slice(source.start, source.end) !== source.sentence) {
    return {
      field: 'sentence',
      reason: `does not match the paragraph's text at ${source.start}–${source.end}`,
    };
  }
  return null;
}

let conformsToEventFile: Conforms | null | undefined;

/** The file as the schema gives it back: the value itself where it conforms as it is, else valibot's copy. */
function parseSchema(json: unknown, file: string): EventFile {
  // Built once, also when the schema uses something the check does not know (null).
  if (conformsToEventFile === undefined) conformsToEventFile = conformance(EventFileSchema);
  if (conformsToEventFile?.(json)) return json as EventFile;
  const result = v.safeParse(EventFileSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    throw new EventFileError(file, pathOf(issue), issue.message);
  }
  return result.output;
}

/** Validates untrusted JSON as an event file; throws EventFileError naming file, field and reason. */
export function parseEventFile(json: unknown, file = 'events.json'): EventFile {
  const data = parseSchema(json, file);
  const broken = checkReferences(data);
  if (broken) throw new EventFileError(file, broken.field, broken.reason);
  return data;
}
