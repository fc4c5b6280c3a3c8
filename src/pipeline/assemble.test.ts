import { describe, expect, it } from 'vitest';
import type { ChronologyEvent } from '../schema/events.ts';
import { parseEventFile } from '../schema/validate.ts';
import { assembleEventFile, toDocument } from './assemble.ts';
import type { PublishedArticle } from './types.ts';

const text =
  'Friday was relatively quiet in Almaty. President Tokayev said in an official statement Friday that order had largely been restored.';

const article: PublishedArticle = {
  id: '000',
  file: '000.txt',
  title: 'Countries are taking measures',
  meta: { publisher: 'Example', url: 'https://example.org/000' },
  paragraphs: [{ id: 'p1', text, heading: false }],
  sentences: [],
  language: 'en',
  published: { date: '2022-01-08', precision: 'day', inferred: false },
};

function event(id: string, start: string, places: string[], actors: string[]): ChronologyEvent {
  const sentence = 'Friday was relatively quiet in Almaty.';
  return {
    id,
    title: id,
    when: { start, end: start, precision: 'day', value: start, confidence: 0.9 },
    places,
    actors,
    figures: [],
    sources: [{ document: '000', paragraph: 'p1', sentence, start: 0, end: sentence.length }],
    conflicts: [],
  };
}

const lookup = {
  place: (id: string) =>
    id === 'almaty' ? { id, name: 'Almaty', names: {}, kind: 'city', lat: 43.24, lon: 76.95 } : undefined,
  actor: (id: string) =>
    id === 'tokayev' ? { id, name: 'Kassym-Jomart Tokayev', kind: 'person', aliases: [] } : undefined,
};

describe('assembleEventFile', () => {
  const { file, missing } = assembleEventFile(
    [toDocument(article)],
    [
      event('b', '2022-01-07', ['almaty'], ['tokayev']),
      event('a', '2022-01-07', ['atlantis'], []),
      event('c', '2022-01-02', [], []),
    ],
    lookup,
  );

  it('sorts events by start, then by id', () => {
    expect(file.events.map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });

  it('drops a reference to a place nobody can describe and reports it', () => {
    expect(file.events.find((e) => e.id === 'a')?.places).toEqual([]);
    expect(missing).toEqual(['place "atlantis"']);
  });

  it('keeps events as they are when every place and actor they name is known', () => {
    const known = event('d', '2022-01-07', ['almaty'], ['tokayev']);
    const assembled = assembleEventFile([toDocument(article)], [known], lookup);
    expect(assembled.missing).toEqual([]);
    expect(assembled.file.events).toEqual([known]);
  });

  it('lists only the places and actors events refer to', () => {
    expect(file.places.map((p) => p.id)).toEqual(['almaty']);
    expect(file.actors.map((a) => a.id)).toEqual(['tokayev']);
  });

  it('writes documents with the contract fields only, and passes validation', () => {
    expect(Object.keys(file.documents[0] ?? {})).toEqual([
      'id',
      'file',
      'title',
      'language',
      'publisher',
      'url',
      'published',
      'paragraphs',
    ]);
    expect(file.documents[0]?.paragraphs).toEqual([{ id: 'p1', text }]);
    expect(() => parseEventFile(file)).not.toThrow();
  });
});
