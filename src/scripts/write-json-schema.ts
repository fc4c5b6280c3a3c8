import { writeFile } from 'node:fs/promises';
import { JSON_SCHEMA_PATH, eventFileJsonSchemaText } from './event-file-json-schema.ts';

await writeFile(JSON_SCHEMA_PATH, await eventFileJsonSchemaText(), 'utf8');
process.stdout.write(`schema: wrote ${JSON_SCHEMA_PATH}\n`);
