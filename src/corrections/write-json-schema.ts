import { writeFile } from 'node:fs/promises';
import { toJsonSchema } from '@valibot/to-json-schema';
import { CorrectionsJsonSchema } from './schema.ts';

/** Writes data/corrections.schema.json from the valibot schema, so the two never drift apart. */
const out = process.argv[2] ?? 'data/corrections.schema.json';
const schema = {
  ...toJsonSchema(CorrectionsJsonSchema, { errorMode: 'ignore' }),
  $id: 'corrections.schema.json',
  title: 'crisis-chronology editorial corrections',
  description:
    'Fixes an editor makes to the extracted chronology, applied in order after every pipeline run, keyed by event id.',
};
await writeFile(out, JSON.stringify(schema, null, 2) + '\n');
console.error(`corrections schema → ${out}`);
