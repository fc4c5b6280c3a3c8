import { join } from 'node:path';
import { expect } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { runPipeline } from './run.ts';

/** For the tests that run a story of `fixtures/stories/` through the whole pipeline. */
export const STORIES_DIR = join(import.meta.dirname, 'fixtures', 'stories');

export async function runStory(story: string): Promise<EventFile> {
  return (await runPipeline({ inDir: join(STORIES_DIR, story), dataDir: 'data' })).file;
}

/** The events of the single articles of `fixtures/unseen/`, read together as one folder. */
export async function runUnseen(): Promise<EventFile['events']> {
  const inDir = join(import.meta.dirname, 'fixtures', 'unseen');
  return (await runPipeline({ inDir, dataDir: 'data' })).file.events;
}

type Event = EventFile['events'][number];

/** The event of that title; of two that share it ("People killed"), the one most sources tell. */
export function mostTold(file: EventFile | undefined, title: string): Event | undefined {
  const titled = file?.events.filter((e) => e.title === title) ?? [];
  return titled.reduce<Event | undefined>(
    (best, e) => (best && best.sources.length >= e.sources.length ? best : e),
    undefined,
  );
}

/** The documents an event cites, each once, sorted. */
export function documentsOf(e: Event | undefined): string[] {
  return [...new Set(e?.sources.map((s) => s.document))].sort();
}

/** Every event citing a sentence with those words. */
export function allCiting(file: EventFile | undefined, words: string): Event[] {
  return file?.events.filter((e) => e.sources.some((s) => s.sentence.includes(words))) ?? [];
}

/** The one event citing a sentence with those words (the test fails if there are more or none). */
export function onlyCiting(file: EventFile | undefined, words: string): Event | undefined {
  const all = allCiting(file, words);
  expect(all).toHaveLength(1);
  return all[0];
}

/** The publication date the event file gives a document. */
export function publishedOf(
  file: EventFile | undefined,
  id: string,
): EventFile['documents'][number]['published'] | undefined {
  return file?.documents.find((d) => d.id === id)?.published;
}
