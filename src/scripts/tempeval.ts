/**
 * TempEval-3 evaluation of extractTimexes (English): `npm run bench:tempeval [-- --data DIR]`.
 *
 * DIR (default ../shared/benchmarks/tempeval3 beside the repository) holds `tbaq-dev` (develop and
 * tune on this) and `platinum` (the official test set: report, never tune). Figures follow the
 * TempEval-3 scorer: strict = exact span, relaxed = any overlap, value F1 = relaxed F1 × the share of
 * relaxed matches whose TIMEX3 value is right. `--chrono` adds chrono-node's fallback, `--misses`
 * lists the development set's errors.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractTimexes } from '../pipeline/time/extract.ts';
import { parseTimeML, type GoldTimex } from './tempeval-timeml.ts';

const HEIDELTIME_PLATINUM = { strict: 81.3, relaxed: 90.3, value: 77.6 };

interface Counts {
  gold: number;
  system: number;
  strictSystem: number;
  strictGold: number;
  relaxedSystem: number;
  relaxedGold: number;
  pairs: number;
  valueRight: number;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

function score(
  gold: GoldTimex[],
  system: { start: number; end: number; value: string; text: string }[],
  counts: Counts,
  misses?: string[],
): void {
  counts.gold += gold.length;
  counts.system += system.length;
  for (const s of system) {
    if (gold.some((g) => g.start === s.start && g.end === s.end)) counts.strictSystem++;
    const match = gold.find((g) => overlaps(g, s));
    if (match) {
      counts.relaxedSystem++;
      counts.pairs++;
      if (match.start !== s.start || match.end !== s.end)
        misses?.push(`span   ${JSON.stringify(match.text)} got ${JSON.stringify(s.text)}`);
      if (match.value === s.value) counts.valueRight++;
      else misses?.push(`value  ${JSON.stringify(match.text)} gold ${match.value} got ${s.value}`);
    } else misses?.push(`extra  ${JSON.stringify(s.text)} ${s.value}`);
  }
  for (const g of gold) {
    if (system.some((s) => g.start === s.start && g.end === s.end)) counts.strictGold++;
    if (system.some((s) => overlaps(g, s))) counts.relaxedGold++;
    else misses?.push(`missed ${JSON.stringify(g.text)} ${g.value}`);
  }
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function figures(c: Counts) {
  const strict = f1(c.strictSystem / c.system, c.strictGold / c.gold);
  const relaxed = f1(c.relaxedSystem / c.system, c.relaxedGold / c.gold);
  const accuracy = c.pairs === 0 ? 0 : c.valueRight / c.pairs;
  return { strict: 100 * strict, relaxed: 100 * relaxed, value: 100 * relaxed * accuracy };
}

function tmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return tmlFiles(path);
      return name.endsWith('.tml') ? [path] : [];
    });
}

function evaluate(dir: string, withChrono: boolean, misses?: string[]) {
  const counts: Counts = {
    gold: 0,
    system: 0,
    strictSystem: 0,
    strictGold: 0,
    relaxedSystem: 0,
    relaxedGold: 0,
    pairs: 0,
    valueRight: 0,
  };
  const files = tmlFiles(dir);
  const started = performance.now();
  for (const file of files) {
    const doc = parseTimeML(readFileSync(file, 'utf8'));
    if (!doc) {
      console.error(`tempeval: ${file}: no DCT or TEXT, skipped`);
      continue;
    }
    const system = extractTimexes(doc.text, { lang: 'en', dct: doc.dct, chrono: withChrono });
    score(doc.timexes, system, counts, misses);
  }
  return { files: files.length, counts, ms: performance.now() - started, ...figures(counts) };
}

function main(): void {
  const args = process.argv.slice(2);
  const flag = args.indexOf('--data');
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const data =
    flag >= 0 && args[flag + 1]
      ? resolve(args[flag + 1] ?? '.')
      : resolve(repo, '../shared/benchmarks/tempeval3');
  const sets = ['tbaq-dev', 'platinum'];
  for (const set of sets) {
    if (!existsSync(join(data, set))) {
      console.error(
        `tempeval: missing benchmark data: ${join(data, set)} not found (pass --data DIR holding tbaq-dev/ and platinum/)`,
      );
      process.exit(1);
    }
  }
  const verbose = args.includes('--misses');
  const fmt = (n: number) => n.toFixed(1).padStart(6);
  console.log('set         files  gold   sys  strict relaxed  value');
  for (const set of sets) {
    const misses: string[] = [];
    // Misses are shown for the development set only: platinum must not guide rule writing.
    const r = evaluate(
      join(data, set),
      args.includes('--chrono'),
      verbose && set === 'tbaq-dev' ? misses : undefined,
    );
    console.log(
      `${set.padEnd(10)} ${String(r.files).padStart(6)} ${String(r.counts.gold).padStart(5)} ${String(r.counts.system).padStart(5)} ${fmt(r.strict)} ${fmt(r.relaxed)} ${fmt(r.value)}   (${r.ms.toFixed(0)} ms)`,
    );
    if (misses.length) console.log(misses.join('\n'));
  }
  const h = HEIDELTIME_PLATINUM;
  console.log(`${'HeidelTime platinum'.padEnd(30)} ${fmt(h.strict)} ${fmt(h.relaxed)} ${fmt(h.value)}`);
}

main();
