import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_PATH, eventFileJsonSchemaText } from './event-file-json-schema.ts';

describe('the exported JSON Schema', () => {
  it('is up to date with src/schema/events.ts (run `npm run schema` when this fails)', async () => {
    expect(readFileSync(JSON_SCHEMA_PATH, 'utf8')).toBe(await eventFileJsonSchemaText());
  });

  it('requires the contract fields of a document and of an event', async () => {
    const schema = JSON.parse(await eventFileJsonSchemaText()) as {
      properties: Record<string, { items: { required: string[] } }>;
    };
    expect(schema.properties.documents?.items.required).toEqual(
      expect.arrayContaining(['id', 'file', 'title', 'language', 'published', 'paragraphs']),
    );
    expect(schema.properties.events?.items.required).toEqual(
      expect.arrayContaining(['id', 'title', 'when', 'places', 'actors', 'figures', 'sources', 'conflicts']),
    );
  });
});
