import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { filterEventFile, noFilters } from '../export/filter.ts';
import { exportAs, FORMATS, isExportFormat } from '../export/formats.ts';
import { parseEventFile } from '../schema/validate.ts';

const usage = `Usage: npm run export -- --format ${FORMATS.join('|')} [--in public/events.json] [--out FILE]
       [--actor ID]… [--place ID]… [--document ID]… [--language CODE]… [--search TEXT] [--title TEXT]
Writes the (filtered) events of the event file in the chosen format, to stdout without --out.
Filters work as in the app: repeat one to allow several values; different filters must all match.`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      format: { type: 'string' },
      in: { type: 'string', default: 'public/events.json' },
      out: { type: 'string' },
      actor: { type: 'string', multiple: true, default: [] },
      place: { type: 'string', multiple: true, default: [] },
      document: { type: 'string', multiple: true, default: [] },
      language: { type: 'string', multiple: true, default: [] },
      search: { type: 'string', default: '' },
      title: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (!values.format || !isExportFormat(values.format)) {
    console.error(`export: --format must be one of ${FORMATS.join(', ')}\n\n${usage}`);
    return 2;
  }
  const file = parseEventFile(JSON.parse(await readFile(values.in, 'utf8')), values.in);
  const filtered = filterEventFile(file, {
    ...noFilters(),
    actors: values.actor,
    places: values.place,
    documents: values.document,
    languages: values.language,
    search: values.search,
  });
  const { text } = exportAs(values.format, filtered, { title: values.title });
  if (values.out) {
    await writeFile(values.out, text);
    console.error(`export: ${filtered.events.length} of ${file.events.length} events → ${values.out}`);
  } else {
    process.stdout.write(text);
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`export: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
