import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline } from '../pipeline/run.ts';
import { writeEventFile } from '../pipeline/write.ts';
import { buildCorpus } from './bench-corpus.ts';

/**
 * npm run bench:pipeline — builds corpora of 100, 1,000 and 10,000 articles from the seeds and runs
 * the whole pipeline on each, in-process, each size in a fresh Node process pinned to one core (so
 * peak memory is that size's own). Prints articles per second, peak RSS and heap, and how the time
 * scales from one size to the next. Start-up is loading the gazetteer, actors and word lists, paid
 * once per run whatever its size; "after start-up" leaves it out. Heap is what the pipeline holds
 * when it has finished (Node has no heap high-water mark); RSS is the operating system's peak for
 * the process. Goal: ≥ 200 articles/s, 10× the articles in ≤ 12× the time.
 */

const sizesArg = process.argv.indexOf('--sizes');
/** `--sizes 100,1000` for a quicker look; the goal is judged on the default three. */
const SIZES =
  sizesArg >= 0 ? (process.argv[sizesArg + 1] ?? '').split(',').map(Number) : [100, 1_000, 10_000];
const MB = 1024 * 1024;

interface Result {
  timings: Record<string, number>;
  articles: number;
  events: number;
  seconds: number;
  rssMB: number;
  heapMB: number;
}

async function measure(size: number): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), `bench-pipeline-${size}-`));
  try {
    buildCorpus('data/articles', dir, size);
    const start = performance.now();
    const { file, timings } = await runPipeline({ inDir: dir, dataDir: 'data' });
    // Written as `npm run events` writes it (into the corpus folder, removed afterwards).
    await writeEventFile(join(dir, 'events.json'), file);
    const seconds = (performance.now() - start) / 1000;
    const heap = process.memoryUsage().heapUsed;
    return {
      timings,
      articles: file.documents.length,
      events: file.events.length,
      seconds,
      rssMB: (process.resourceUsage().maxRSS * 1024) / MB,
      heapMB: heap / MB,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const sizeArg = process.argv.indexOf('--size');
if (sizeArg >= 0) {
  const result = await measure(Number(process.argv[sizeArg + 1]));
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  const script = fileURLToPath(import.meta.url);
  const results: Result[] = [];
  process.stdout.write(
    'articles   events   seconds   articles/s   start-up   after start-up   peak RSS   heap at end\n',
  );
  for (const size of SIZES) {
    const pin = process.platform === 'linux' ? ['taskset', '-c', '0'] : [];
    const [cmd, ...args] = [...pin, process.execPath, ...process.execArgv, script, '--size', String(size)];
    const child = spawnSync(cmd ?? process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * MB });
    const line = child.stdout.trim().split('\n').at(-1) ?? '';
    if (child.status !== 0 || !line.startsWith('{')) {
      process.stderr.write(`bench: size ${size} failed\n${child.stderr}`);
      process.exit(1);
    }
    const r = JSON.parse(line) as Result;
    results.push(r);
    const startup = (r.timings['load data'] ?? 0) / 1000;
    process.stdout.write(
      `${String(size).padStart(8)} ${String(r.events).padStart(8)} ${r.seconds.toFixed(2).padStart(9)} ` +
        `${(r.articles / r.seconds).toFixed(0).padStart(12)} ${startup.toFixed(2).padStart(8)} s ` +
        `${(r.articles / (r.seconds - startup)).toFixed(0).padStart(14)}/s ` +
        `${r.rssMB.toFixed(0).padStart(8)} MB ${r.heapMB.toFixed(0).padStart(10)} MB\n`,
    );
  }
  const largest = results.at(-1);
  if (largest) {
    const total = Object.values(largest.timings).reduce((a, b) => a + b, 0);
    const shares = Object.entries(largest.timings)
      .sort((a, b) => b[1] - a[1])
      .map(([stage, ms]) => `${stage} ${((100 * ms) / total).toFixed(0)}%`);
    process.stdout.write(`time by stage at ${largest.articles} articles: ${shares.join(', ')}\n`);
  }
  for (let i = 1; i < results.length; i++) {
    const a = results[i - 1];
    const b = results[i];
    if (!a || !b) continue;
    process.stdout.write(
      `${a.articles} → ${b.articles} articles (${(b.articles / a.articles).toFixed(0)}×): ${(b.seconds / a.seconds).toFixed(1)}× the time (goal ≤ 12×)\n`,
    );
  }
}
