import { toJsonSchema } from '@valibot/to-json-schema';
import { format, resolveConfig } from 'prettier';
import { EventFileSchema } from '../schema/events.ts';

/** Where the exported JSON Schema is committed, relative to the project root. */
export const JSON_SCHEMA_PATH = 'public/events.schema.json';

/**
 * The JSON Schema of the event file, derived from the valibot schema the pipeline and the app use,
 * formatted as the project's Prettier settings would so that `npm run lint` accepts it as written.
 */
export async function eventFileJsonSchemaText(): Promise<string> {
  const schema = {
    $id: 'events.schema.json',
    title: 'crisis-chronology event file',
    description:
      'Dated events with the sentences of the articles that report them. Generated from src/schema/events.ts by `npm run schema`; do not edit.',
    ...toJsonSchema(EventFileSchema, { target: 'draft-2020-12', errorMode: 'throw' }),
  };
  const options = (await resolveConfig(JSON_SCHEMA_PATH)) ?? {};
  return format(JSON.stringify(schema), {
    ...options,
    plugins: [],
    parser: 'json',
    filepath: JSON_SCHEMA_PATH,
  });
}
