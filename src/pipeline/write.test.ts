import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventFile } from '../schema/events.ts';
import { serializeEventFile, writeEventFile } from './write.ts';

const file: EventFile = {
  schemaVersion: 1,
  documents: [
    {
      id: '000',
      file: '000.txt',
      title: 'Germany halts arms exports',
      language: 'en',
      published: { date: '2022-01-08', precision: 'day', inferred: false },
      paragraphs: [{ id: 'p1', text: 'Friday was relatively quiet in Almaty.' }],
    },
  ],
  events: [],
  places: [],
  actors: [],
};

describe('writeEventFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'write-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the same bytes for the same file, ending in a newline', async () => {
    await writeEventFile(join(dir, 'a.json'), file);
    await writeEventFile(join(dir, 'b.json'), structuredClone(file));
    const a = readFileSync(join(dir, 'a.json'), 'utf8');
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
  });

  it('writes exactly the text serializeEventFile gives, also for arrays of many items', async () => {
    const many: EventFile = {
      ...file,
      documents: [
        file.documents[0] as EventFile['documents'][number],
        {
          ...(file.documents[0] as EventFile['documents'][number]),
          id: '001',
          title: 'Dutch “quotes”\nand a newline',
        },
      ],
      actors: [{ id: 'tokayev', name: 'Kassym-Jomart Tokayev', kind: 'person', aliases: [] }],
    };
    await writeEventFile(join(dir, 'many.json'), many);
    expect(readFileSync(join(dir, 'many.json'), 'utf8')).toBe(serializeEventFile(many));
  });

  it('writes each document, event, place and actor on a line of its own', () => {
    const actors: EventFile['actors'] = [
      { id: 'tokayev', name: 'Kassym-Jomart Tokayev', kind: 'person', aliases: ['Djokovic'] },
      { id: 'putin', name: 'Vladimir Putin', kind: 'person', aliases: [] },
    ];
    const lines = serializeEventFile({ ...file, actors }).split('\n');
    expect(lines).toEqual([
      '{',
      '  "schemaVersion": 1,',
      '  "documents": [',
      `    ${JSON.stringify(file.documents[0])}`,
      '  ],',
      '  "events": [],',
      '  "places": [],',
      '  "actors": [',
      `    ${JSON.stringify(actors[0])},`,
      `    ${JSON.stringify(actors[1])}`,
      '  ]',
      '}',
      '',
    ]);
  });

  it('creates the output folder when it is missing', async () => {
    await writeEventFile(join(dir, 'public', 'events.json'), file);
    expect(JSON.parse(readFileSync(join(dir, 'public', 'events.json'), 'utf8'))).toEqual(file);
  });

  it('leaves the previous file untouched and no temporary file behind when writing fails', async () => {
    const path = join(dir, 'events.json');
    writeFileSync(path, 'previous');
    const broken = { ...file, events: [{ big: 1n }] } as unknown as EventFile;
    await expect(writeEventFile(path, broken)).rejects.toThrow();
    expect(readFileSync(path, 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['events.json']);
  });
});
