/**
 * Test support: short articles written in a test, run through the whole pipeline with the real
 * data files, so that a test can assert what a reader of the chronology sees (titles, kinds,
 * actors, places) rather than an inner stage's data.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChronologyEvent, EventFile } from '../schema/events.ts';
import { runPipeline } from './run.ts';

/** The event file of the articles, by file name ("en_rubio.txt" → its text). */
export async function eventFileOf(articles: Record<string, string>): Promise<EventFile> {
  const dir = mkdtempSync(join(tmpdir(), 'articles-'));
  try {
    for (const [name, text] of Object.entries(articles)) writeFileSync(join(dir, name), text);
    const { file } = await runPipeline({ inDir: dir, dataDir: 'data' });
    return file;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Articles of one sentence each, by file name, all dated `date` in the seeds' header. */
export function sentenceArticles(
  sentences: readonly (readonly [name: string, sentence: string])[],
  date: string,
): Record<string, string> {
  return Object.fromEntries(
    sentences.map(([name, sentence]) => [name, ` date ${date} Report\n\n${sentence}\n`]),
  );
}

/** The events one article's sentence gave (the sentence as written, or a part of it). */
export function eventsFrom(file: EventFile, sentence: string): ChronologyEvent[] {
  return file.events.filter((e) => e.sources.some((s) => s.sentence.includes(sentence)));
}

/** The names the event file shows for an event's actors. */
export function actorNames(file: EventFile, event: ChronologyEvent): string[] {
  return event.actors.map((id) => file.actors.find((a) => a.id === id)?.name ?? id);
}
