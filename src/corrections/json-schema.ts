import { toJsonSchema } from '@valibot/to-json-schema';
import { CorrectionsJsonSchema } from './schema.ts';

/** data/corrections.schema.json as generated from the valibot schema, so the two never drift apart. */
export function correctionsJsonSchema(): Record<string, unknown> {
  return {
    ...toJsonSchema(CorrectionsJsonSchema, { errorMode: 'ignore' }),
    $id: 'corrections.schema.json',
    title: 'crisis-chronology editorial corrections',
    description:
      'Fixes an editor makes to the extracted chronology, applied in order after every pipeline run, keyed by event id.',
  };
}
