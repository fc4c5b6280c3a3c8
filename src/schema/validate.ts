import * as v from 'valibot';
import { EventFileSchema, type EventFile } from './events.ts';

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
    paragraphs.set(doc.id, new Map(doc.paragraphs.map((p) => [p.id, p.text])));
  }
  const places = new Set(data.places.map((p) => p.id));
  const actors = new Set(data.actors.map((a) => a.id));
  const ids = new Set<string>();
  for (const [i, event] of data.events.entries()) {
    const at = `events[${i}]`;
    if (ids.has(event.id)) return { field: `${at}.id`, reason: `duplicate event id "${event.id}"` };
    ids.add(event.id);
    for (const [j, place] of event.places.entries()) {
      if (!places.has(place)) return { field: `${at}.places[${j}]`, reason: `unknown place "${place}"` };
    }
    for (const [j, actor] of event.actors.entries()) {
      if (!actors.has(actor)) return { field: `${at}.actors[${j}]`, reason: `unknown actor "${actor}"` };
    }
    for (const [j, source] of event.sources.entries()) {
      const doc = paragraphs.get(source.document);
      if (!doc)
        return { field: `${at}.sources[${j}].document`, reason: `unknown document "${source.document}"` };
      const text = doc.get(source.paragraph);
      if (text === undefined) {
        return { field: `${at}.sources[${j}].paragraph`, reason: `unknown paragraph "${source.paragraph}"` };
      }
      if (text.slice(source.start, source.end) !== source.sentence) {
        return {
          field: `${at}.sources[${j}].sentence`,
          reason: `does not match the paragraph's text at ${source.start}–${source.end}`,
        };
      }
    }
  }
  return null;
}

/** Validates untrusted JSON as an event file; throws EventFileError naming file, field and reason. */
export function parseEventFile(json: unknown, file = 'events.json'): EventFile {
  const result = v.safeParse(EventFileSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    throw new EventFileError(file, pathOf(issue), issue.message);
  }
  const broken = checkReferences(result.output);
  if (broken) throw new EventFileError(file, broken.field, broken.reason);
  return result.output;
}
