import { writeFile } from 'node:fs/promises';
import { format } from 'prettier';
import { correctionsJsonSchema } from './json-schema.ts';

/** `npm run corrections:schema [-- FILE]`: writes data/corrections.schema.json, formatted as the repo's files. */
const out = process.argv[2] ?? 'data/corrections.schema.json';
await writeFile(
  out,
  await format(JSON.stringify(correctionsJsonSchema()), { parser: 'json', filepath: out }),
);
console.error(`corrections schema → ${out}`);
