/**
 * A synthetic, schema-valid event file of any size, for the app benchmark and e2e tests.
 * Usage: tsx src/scripts/synthetic-events.ts [N=10000] [OUT=-]  (OUT '-' prints to stdout)
 */
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type {
  ChronologyDocument,
  ChronologyEvent,
  EventFile,
  Place,
  Precision,
  When,
} from '../schema/events.ts';

/** Deterministic PRNG (mulberry32) so every run benchmarks the same data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const minute = (ms: number) => new Date(ms).toISOString().slice(0, 16);

const places: Place[] = [
  {
    id: 'almaty',
    name: 'Almaty',
    names: { en: 'Almaty' },
    kind: 'city',
    lat: 43.24,
    lon: 76.95,
    country: 'KZ',
  },
  {
    id: 'astana',
    name: 'Astana',
    names: { en: 'Astana' },
    kind: 'city',
    lat: 51.17,
    lon: 71.45,
    country: 'KZ',
  },
  { id: 'aktau', name: 'Aktau', names: { en: 'Aktau' }, kind: 'city', lat: 43.65, lon: 51.17, country: 'KZ' },
  {
    id: 'zhanaozen',
    name: 'Zhanaozen',
    names: { en: 'Zhanaozen' },
    kind: 'city',
    lat: 43.34,
    lon: 52.86,
    country: 'KZ',
  },
  {
    id: 'shymkent',
    name: 'Shymkent',
    names: { en: 'Shymkent' },
    kind: 'city',
    lat: 42.34,
    lon: 69.59,
    country: 'KZ',
  },
];
const actors = [
  { id: 'government', name: 'Government', kind: 'organisation', aliases: [] },
  { id: 'protesters', name: 'Protesters', kind: 'group', aliases: [] },
  { id: 'police', name: 'Police', kind: 'organisation', aliases: [] },
];
const verbs = [
  'gather',
  'march',
  'are detained',
  'issue a statement',
  'block a road',
  'meet',
  'report damage',
];
const subjects = [
  'Residents',
  'Workers',
  'Officials',
  'Students',
  'Drivers',
  'Police officers',
  'Journalists',
];

function when(rand: () => number, start: number, published: number): When {
  const r = rand();
  const ms = start + Math.floor(rand() * (published - start));
  const base = { confidence: Math.round((0.5 + rand() / 2) * 100) / 100 };
  const pick = (precision: Precision, s: string, e: string, value: string, text?: string): When => ({
    start: s,
    end: e,
    precision,
    value,
    ...(text ? { text } : {}),
    ...base,
  });
  if (r < 0.55) return pick('day', day(ms), day(ms), day(ms), 'on that day');
  if (r < 0.7) {
    const t = minute(Math.floor(ms / 60_000) * 60_000);
    return pick('time', t, t, t, 'at that hour');
  }
  if (r < 0.76) return pick('part-of-day', day(ms), day(ms), `${day(ms)}TEV`, 'in the evening');
  if (r < 0.86) return pick('day', day(ms), day(ms + 2 * DAY), day(ms), 'for three days');
  if (r < 0.94) return pick('week', day(ms), day(ms + 6 * DAY), day(ms), 'earlier this week');
  return pick('before-publication', day(ms - 5 * DAY), day(published), day(published), 'recently');
}

/** `n` events over roughly three months, cited from `ceil(n / 200)` documents. */
export function syntheticEvents(n: number, seed = 1): EventFile {
  const rand = random(seed);
  const from = Date.UTC(2021, 11, 1);
  const span = 90 * DAY;
  const documents: ChronologyDocument[] = [];
  const events: ChronologyEvent[] = [];
  const perDocument = 200;
  for (let d = 0; d * perDocument < n; d++) {
    const published = from + Math.floor(((d + 1) * perDocument * span) / Math.max(n, 1));
    const doc: ChronologyDocument = {
      id: `doc-${d}`,
      file: `doc-${d}.txt`,
      title: `Synthetic report ${d}`,
      language: d % 5 === 4 ? 'nl' : 'en',
      published: { date: day(published), precision: 'day', inferred: false },
      paragraphs: [],
    };
    for (let i = d * perDocument; i < Math.min(n, (d + 1) * perDocument); i++) {
      const subject = subjects[Math.floor(rand() * subjects.length)] ?? 'People';
      const verb = verbs[Math.floor(rand() * verbs.length)] ?? 'gather';
      const place = places[Math.floor(rand() * places.length)] ?? places[0]!;
      const sentence = `${subject} ${verb} in ${place.name} (report ${i}).`;
      const paragraph = { id: `doc-${d}-p${i}`, text: `${sentence} Further details were not given.` };
      doc.paragraphs.push(paragraph);
      const source = { document: doc.id, paragraph: paragraph.id, sentence, start: 0, end: sentence.length };
      const w = when(rand, Math.max(from, published - 20 * DAY), published);
      events.push({
        id: `syn-${String(i).padStart(6, '0')}`,
        title: `${subject} ${verb} in ${place.name}`,
        kind: 'statement',
        when: w,
        places: [place.id],
        actors: [actors[i % actors.length]!.id],
        figures: [],
        sources: [source],
        conflicts:
          rand() < 0.05
            ? [
                {
                  field: 'when',
                  values: [
                    { value: w.start, sources: [source] },
                    { value: w.end, sources: [source] },
                  ],
                },
              ]
            : [],
      });
    }
    documents.push(doc);
  }
  events.sort((a, b) => a.when.start.localeCompare(b.when.start) || a.id.localeCompare(b.id));
  return { schemaVersion: 1, documents, events, places, actors };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const n = Number(process.argv[2] ?? 10_000);
  const out = process.argv[3] ?? '-';
  const json = JSON.stringify(syntheticEvents(n));
  if (out === '-') process.stdout.write(json);
  else await writeFile(out, json);
}
