import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHeader } from '../pipeline/header.ts';

/** A small deterministic PRNG (mulberry32): the same corpus on every run. */
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

function shuffle<T>(items: T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function shiftDay(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Writes `count` articles into `dir`: copies of the seed articles with their dates shifted by a
 * different number of days each and their paragraphs shuffled, so that no two are alike.
 */
export function buildCorpus(seedDir: string, dir: string, count: number): void {
  const seeds = readdirSync(seedDir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((file) => parseHeader({ id: file, file, text: readFileSync(join(seedDir, file), 'utf8') }));
  const next = random(count);
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length];
    if (!seed) break;
    const shift = Math.floor(i / seeds.length) % 730;
    const published = seed.meta.published;
    let header = '';
    if (published) {
      const day = shiftDay(published.date, shift);
      header = published.precision === 'day' ? ` date ${day} ` : ` date ${day.slice(0, 7)} `;
    }
    const paragraphs = shuffle(
      seed.body.split(/\n\s*\n/).filter((p) => p.trim() !== ''),
      next,
    );
    const title = seed.meta.title ? `${seed.meta.title}\n\n` : '';
    const name = `${String(i).padStart(5, '0')}_${seed.id}`;
    writeFileSync(join(dir, name), `${header}${title}${paragraphs.join('\n\n')}\n`);
  }
}
