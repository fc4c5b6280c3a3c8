/** Checks of the fields of data/event-lexicon.json: each failure names the field and the reason. */

export function fail(field: string, reason: string): never {
  throw new Error(`data/event-lexicon.json: ${field}: ${reason}`);
}

export function stringList(value: unknown, field: string): string[] {
  if (!Array.isArray(value) || value.some((s) => typeof s !== 'string' || s.length === 0)) {
    fail(field, 'must be a list of non-empty strings');
  }
  return value as string[];
}

export function record(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(field, 'must be an object');
  return value as Record<string, unknown>;
}

/** An object of strings: {"wildfire": "fire"}. */
export function textRecord(value: unknown, field: string): Record<string, string> {
  const r = record(value, field);
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, text(v, `${field}.${k}`)]));
}

export function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length === 0) fail(field, 'must be a non-empty string');
  return value;
}
