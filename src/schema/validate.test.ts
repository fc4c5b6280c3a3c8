import { describe, expect, it } from 'vitest';
import { parseEventFile, EventFileError } from './validate.ts';

const paragraph = 'On Saturday, Kazakh authorities arrested the former head of the security service.';
const valid = {
  schemaVersion: 1,
  documents: [
    {
      id: 'a',
      file: 'a.txt',
      title: 'A',
      language: 'en',
      published: { date: '2022-01-08', precision: 'day' as const, inferred: false },
      paragraphs: [{ id: 'p1', text: paragraph }],
    },
  ],
  events: [
    {
      id: 'e1',
      title: 'Former security chief arrested',
      when: {
        start: '2022-01-08',
        end: '2022-01-08',
        precision: 'day',
        value: '2022-01-08',
        confidence: 0.9,
      },
      places: [] as string[],
      actors: [] as string[],
      figures: [],
      sources: [{ document: 'a', paragraph: 'p1', sentence: paragraph, start: 0, end: paragraph.length }],
      conflicts: [],
    },
  ],
  places: [],
  actors: [],
};

function broken(mutate: (data: typeof valid) => void): typeof valid {
  const copy = structuredClone(valid);
  mutate(copy);
  return copy;
}

describe('parseEventFile', () => {
  it('accepts a file that follows the contract', () => {
    expect(parseEventFile(valid).events[0]?.id).toBe('e1');
  });

  it('gives a file that follows the contract back as it is', () => {
    expect(parseEventFile(valid)).toBe(valid);
  });

  it('drops what the contract does not know, as the schema does', () => {
    const extra = { ...valid, events: [{ ...valid.events[0], note: 'x' }] };
    const parsed = parseEventFile(extra);
    expect(JSON.stringify(parsed)).toBe(JSON.stringify(valid));
  });

  const withConflict = (reported: string | undefined) => {
    const copy = structuredClone(valid);
    const source = copy.events[0]!.sources[0]!;
    const values = [
      { value: 3000, ...(reported === undefined ? {} : { reported }), sources: [source] },
      { value: 4000, sources: [source] },
    ];
    return {
      ...copy,
      events: [{ ...copy.events[0]!, conflicts: [{ field: 'figures.people arrested', values }] }],
    };
  };

  it('accepts a conflict value with the day it was reported, and one without', () => {
    const file = withConflict('2022-01-07');
    expect(parseEventFile(file)).toBe(file);
    expect(
      parseEventFile(withConflict(undefined)).events[0]?.conflicts[0]?.values[0]?.reported,
    ).toBeUndefined();
  });

  it('rejects a reported day that is not YYYY-MM-DD, naming the field', () => {
    expect(() => parseEventFile(withConflict('7 Jan'), 'public/events.json')).toThrow(
      'public/events.json: events[0].conflicts[0].values[0].reported: must be YYYY-MM-DD',
    );
  });

  it.each([
    ['a wrong schema version', broken((d) => (d.schemaVersion = 2)), 'schemaVersion'],
    ['a date that is not ISO', broken((d) => (d.events[0]!.when.start = '8 Jan')), 'events[0].when.start'],
    ['an event citing no source', broken((d) => (d.events[0]!.sources = [])), 'events[0].sources'],
    ['a place id nobody defines', broken((d) => (d.events[0]!.places = ['nowhere'])), 'events[0].places[0]'],
    [
      'a sentence that is not in its paragraph',
      broken((d) => (d.events[0]!.sources[0]!.sentence = 'Invented.')),
      'events[0].sources[0].sentence',
    ],
  ])('rejects %s, naming the field', (_name, data, field) => {
    try {
      parseEventFile(data, 'public/events.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EventFileError);
      expect((error as EventFileError).field).toBe(field);
      expect((error as EventFileError).message).toContain('public/events.json');
    }
  });
});
