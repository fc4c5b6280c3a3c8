import { describe, expect, it } from 'vitest';
import { EventFileError } from '../schema/validate.ts';
import { dataLocation, loadEventFile, loadFailure } from './load-data.ts';

const validFile = {
  schemaVersion: 1,
  documents: [
    {
      id: 'd1',
      file: 'a.txt',
      title: 'Germany halts arms exports',
      language: 'en',
      published: { date: '2022-01-08', precision: 'day', inferred: false },
      paragraphs: [
        { id: 'p1', text: 'Countries react. Germany has temporarily halted arms exports to Kazakhstan.' },
      ],
    },
  ],
  events: [
    {
      id: 'e1',
      title: 'Germany halts arms exports',
      when: { start: '2022-01-08', end: '2022-01-08', precision: 'day', value: '2022-01-08', confidence: 1 },
      places: [],
      actors: [],
      figures: [],
      sources: [
        {
          document: 'd1',
          paragraph: 'p1',
          sentence: 'Germany has temporarily halted arms exports to Kazakhstan.',
          start: 17,
          end: 75,
        },
      ],
      conflicts: [],
    },
  ],
  places: [],
  actors: [],
};

const serve =
  (status: number, body: string): typeof fetch =>
  async () =>
    new Response(body, { status, statusText: status === 404 ? 'Not Found' : '' });

const failure = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (e) {
    if (e instanceof EventFileError) return { file: e.file, field: e.field, reason: e.reason };
    throw e;
  }
  throw new Error('expected the load to fail');
};

const location = { url: 'events.json', label: 'events.json' };

describe('loadEventFile', () => {
  it('returns the validated file when it is well formed', async () => {
    const file = await loadEventFile(location, serve(200, JSON.stringify(validFile)));
    expect(file.events.map((e) => e.title)).toEqual(['Germany halts arms exports']);
  });

  it.each([
    ['a missing file names the HTTP status', serve(404, 'nope'), { field: '', reason: /404 Not Found/ }],
    [
      'a truncated file is reported as invalid JSON',
      serve(200, '{"schemaVersion": 1,'),
      { field: '', reason: /not valid JSON/ },
    ],
    [
      'a schema error names the field',
      serve(200, JSON.stringify({ ...validFile, events: [{ ...validFile.events[0], title: '' }] })),
      { field: 'events[0].title', reason: /must not be empty/ },
    ],
    [
      'an HTML page served in its place is called out',
      serve(200, '<!doctype html><html></html>'),
      { field: '', reason: /is an HTML page, not a JSON event file/ },
    ],
    [
      'a network failure says the file could not be fetched',
      (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
      { field: '', reason: /could not be fetched \(Failed to fetch\)/ },
    ],
  ])('%s', async (_name, fetchFn, expected) => {
    const error = await failure(loadEventFile(location, fetchFn));
    expect(error.file).toBe('events.json');
    expect(error.field).toBe(expected.field);
    expect(error.reason).toMatch(expected.reason);
  });
});

describe('TimelineJS 3 files', () => {
  it('are converted to an event file whose sources cite the slide text', async () => {
    const timeline = {
      events: [
        {
          start_date: { year: '2022', month: '1', day: '6' },
          text: {
            headline: 'Russian troops arrive',
            text: '<p>2,500 of whom arrived in the country on Thursday.</p>',
          },
        },
      ],
    };
    const file = await loadEventFile(location, serve(200, JSON.stringify(timeline)));
    expect(file.events.map((e) => [e.title, e.when.start])).toEqual([
      ['Russian troops arrive', '2022-01-06'],
    ]);
    expect(file.events[0]?.sources[0]?.sentence).toContain('2,500 of whom arrived');
  });
});

describe('dataLocation', () => {
  const base = 'http://127.0.0.1:4173/app/index.html';

  it.each([
    ['without ?data= the page loads events.json beside it', '', 'events.json', 'events.json'],
    ['an empty ?data= is ignored', '?data=', 'events.json', 'events.json'],
    [
      'a relative ?data= is resolved against the page',
      '?data=fixtures/kz.json',
      'http://127.0.0.1:4173/app/fixtures/kz.json',
      'fixtures/kz.json',
    ],
    [
      'an absolute https ?data= is kept',
      '?data=https%3A%2F%2Fexample.org%2Fe.json',
      'https://example.org/e.json',
      'https://example.org/e.json',
    ],
  ])('%s', (_name, search, url, label) => {
    expect(dataLocation(search, base)).toEqual({ url, label });
  });

  it.each([
    ['a javascript: address is refused', '?data=javascript%3Aalert(1)', /must use http or https/],
    ['a malformed address is refused', '?data=http%3A%2F%2F%5Bbad', /not a valid URL/],
  ])('%s', (_name, search, reason) => {
    expect(() => dataLocation(search, base)).toThrow(reason);
  });
});

describe('loadFailure', () => {
  it.each([
    [
      'an event-file error names its own file, field and reason',
      new EventFileError('events.json', 'events[3].when', 'missing'),
      { file: 'events.json', field: 'events[3].when', reason: 'missing' },
    ],
    [
      'any other error names the file being loaded and its message',
      new Error('404 Not Found'),
      { file: 'data.json', field: '', reason: '404 Not Found' },
    ],
    [
      'a thrown value that is no error is said as it is',
      'offline',
      { file: 'data.json', field: '', reason: 'offline' },
    ],
  ])('%s', (_name, error, failure) => {
    expect(loadFailure(error, 'data.json')).toEqual(failure);
  });
});
