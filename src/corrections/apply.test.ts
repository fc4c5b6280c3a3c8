import { describe, expect, it } from 'vitest';
import { sampleFile } from '../export/sample-file.ts';
import { parseEventFile } from '../schema/validate.ts';
import { applyCorrections } from './apply.ts';

const SOURCE = 'data/corrections.json';

function correct(...corrections: unknown[]) {
  const result = applyCorrections(sampleFile(), { corrections }, SOURCE);
  // Every corrected file must still be a valid event file: sources found in their paragraphs, ids known.
  parseEventFile(result.file, 'corrected');
  return { ...result, event: (id: string) => result.file.events.find((e) => e.id === id) };
}

describe('applyCorrections', () => {
  it('renames an event and marks it as edited by hand', () => {
    const { event, problems } = correct({ kind: 'rename', event: 'e-riots', title: 'Riots in Almaty' });
    expect(problems).toEqual([]);
    expect(event('e-riots')).toMatchObject({ title: 'Riots in Almaty', edited: ['rename'] });
  });

  it.each([
    [
      'a new day',
      { start: '2022-01-06' },
      { start: '2022-01-06', end: '2022-01-06', precision: 'day', value: '2022-01-06', confidence: 1 },
    ],
    [
      'a coarser precision, widening to the whole month',
      { precision: 'month' },
      { start: '2022-01-01', end: '2022-01-31', precision: 'month', value: '2022-01' },
    ],
    [
      'a week, with the ISO week as TIMEX3 value',
      { start: '2022-01-03', end: '2022-01-09', precision: 'week' },
      { start: '2022-01-03', end: '2022-01-09', precision: 'week', value: '2022-W01' },
    ],
    [
      'a time of day and the text that says it',
      { start: '2022-01-05T23:10', precision: 'time', text: 'late on Wednesday' },
      { start: '2022-01-05T23:10', precision: 'time', value: '2022-01-05T23:10', text: 'late on Wednesday' },
    ],
  ])('fixes the date of an event: %s', (_name, fix, when) => {
    const { event, problems } = correct({ kind: 'date', event: 'e-riots', ...fix });
    expect(problems).toEqual([]);
    expect(event('e-riots')?.when).toMatchObject(when);
    expect(event('e-riots')?.edited).toEqual(['date']);
  });

  it('moves an event to a place of the file or to a new place given with coordinates', () => {
    const { file, event, problems } = correct(
      { kind: 'move', event: 'e-exports', places: ['almaty'] },
      {
        kind: 'move',
        event: 'e-riots',
        places: [{ id: 'zhanaozen', name: 'Zhanaozen', kind: 'city', lat: 43.34, lon: 52.86, country: 'KZ' }],
      },
    );
    expect(problems).toEqual([]);
    expect(event('e-exports')).toMatchObject({ places: ['almaty'], edited: ['move'] });
    expect(event('e-riots')?.places).toEqual(['zhanaozen']);
    expect(file.places.find((p) => p.id === 'zhanaozen')).toMatchObject({ name: 'Zhanaozen', lat: 43.34 });
  });

  it('merges two events into the one named, keeping every source, place and actor', () => {
    const { file, event, problems } = correct({
      kind: 'merge',
      events: ['e-exports', 'e-arrest'],
      into: 'e-arrest',
      title: 'Arrest and arms embargo',
    });
    expect(problems).toEqual([]);
    expect(event('e-exports')).toBeUndefined();
    expect(file.events).toHaveLength(2);
    expect(event('e-arrest')).toMatchObject({
      title: 'Arrest and arms embargo',
      places: ['almaty', 'nur-sultan', 'berlin'],
      actors: ['massimov', 'germany'],
      edited: ['merge'],
    });
    expect(event('e-arrest')?.sources.map((s) => s.paragraph)).toEqual(['p2', 'p1']);
  });

  it('splits named sources off into a new event with a stable id', () => {
    const file = sampleFile();
    const riots = file.events.find((e) => e.id === 'e-riots');
    riots?.sources.push(file.events.find((e) => e.id === 'e-exports')!.sources[0]!);
    const split = {
      kind: 'split',
      event: 'e-riots',
      sources: [{ document: 'doc-en', sentence: 'halted arms exports' }],
      title: 'Germany halts arms exports (split)',
      when: { start: '2022-01-07' },
      places: ['berlin'],
    };
    const first = applyCorrections(file, { corrections: [split] }, SOURCE);
    const again = applyCorrections(file, { corrections: [split] }, SOURCE);
    expect(first.problems).toEqual([]);
    parseEventFile(first.file, 'corrected');
    const created = first.file.events.find((e) => e.title === 'Germany halts arms exports (split)');
    expect(created).toMatchObject({ places: ['berlin'], edited: ['split'], when: { start: '2022-01-07' } });
    expect(created?.id).toMatch(/^e-riots-[0-9a-f]{8}$/);
    expect(again.file.events.some((e) => e.id === created?.id)).toBe(true);
    const rest = first.file.events.find((e) => e.id === 'e-riots');
    expect(rest?.sources.map((s) => s.document)).toEqual(['doc-nl']);
    expect(rest?.edited).toEqual(['split']);
  });

  it('refuses a split that would leave the event without a source', () => {
    const { problems, event } = correct({
      kind: 'split',
      event: 'e-riots',
      sources: [{ document: 'doc-nl' }],
      title: 'All of it',
    });
    expect(problems).toEqual([
      `${SOURCE}: corrections[0]: splitting would leave event e-riots without a source; use "date" or "rename" instead`,
    ]);
    expect(event('e-riots')?.edited).toBeUndefined();
  });

  it('hides an event', () => {
    const { file, problems } = correct({
      kind: 'hide',
      event: 'e-riots',
      note: 'duplicate of a later report',
    });
    expect(problems).toEqual([]);
    expect(file.events.map((e) => e.id)).toEqual(['e-arrest', 'e-exports']);
  });

  it('adds an event by hand, citing an article of the file and an outside source', () => {
    const { file, event, problems } = correct({
      kind: 'add',
      id: 'manual-licences',
      title: 'Germany had issued 25 export licences',
      type: 'statement',
      when: { start: '2021-01-01', end: '2021-12-31', precision: 'year' },
      places: ['berlin'],
      actors: ['germany', { id: 'dpa', name: 'DPA', kind: 'organisation' }],
      sources: [
        {
          document: 'doc-en',
          paragraph: 'p1',
          sentence: 'Last year, Germany issued twenty-five export licenses.',
        },
        {
          title: 'Bundestag answer',
          published: '2022-01-10',
          language: 'de',
          quote: 'Es wurden 25 Genehmigungen erteilt.',
        },
      ],
    });
    expect(problems).toEqual([]);
    const added = event('manual-licences');
    expect(added).toMatchObject({ kind: 'statement', edited: ['add'], actors: ['germany', 'dpa'] });
    expect(added?.when).toMatchObject({ value: '2021', precision: 'year', confidence: 1 });
    expect(added?.sources[0]).toMatchObject({
      document: 'doc-en',
      paragraph: 'p1',
      sentence: 'Last year, Germany issued twenty-five export licenses.',
    });
    const outside = file.documents.find((d) => d.id === added?.sources[1]?.document);
    expect(outside).toMatchObject({
      title: 'Bundestag answer',
      language: 'de',
      published: { date: '2022-01-10' },
    });
  });

  it('reports a correction whose event no longer exists, and still applies the others', () => {
    const { event, problems } = correct(
      { kind: 'rename', event: 'e-riots', title: 'Riots in Almaty' },
      { kind: 'hide', event: 'e-1a2b3c' },
      { kind: 'merge', events: ['e-riots', 'e-gone'] },
    );
    expect(problems).toEqual([
      `${SOURCE}: corrections[1]: event e-1a2b3c no longer exists`,
      `${SOURCE}: corrections[2]: event e-gone no longer exists`,
    ]);
    expect(event('e-riots')?.title).toBe('Riots in Almaty');
  });

  it.each([
    [{ kind: 'rename', event: 'e-riots', title: '' }, 'corrections[0].title: must not be empty'],
    [
      { kind: 'recolour', event: 'e-riots' },
      'corrections[0].kind: kind must be one of rename, date, move, merge, split, hide, add',
    ],
    [
      { kind: 'date', event: 'e-riots', start: '5 Jan' },
      'corrections[0].start: must be YYYY-MM-DD or YYYY-MM-DDThh:mm',
    ],
    [
      { kind: 'date', event: 'e-riots', start: '2022-01-06', end: '2022-01-02' },
      'corrections[0]: end 2022-01-02 is before start 2022-01-06',
    ],
    [
      { kind: 'move', event: 'e-riots', places: ['atlantis'] },
      'corrections[0]: place atlantis is not in the event file; give it as {"id", "name", "lat", "lon"}',
    ],
    [
      {
        kind: 'add',
        id: 'x',
        title: 'X',
        when: { start: '2022-01-01', precision: 'day' },
        sources: [{ document: 'doc-en', paragraph: 'p1', sentence: 'Not there.' }],
      },
      'corrections[0]: paragraph p1 of doc-en does not contain "Not there."',
    ],
    [
      {
        kind: 'add',
        id: 'e-riots',
        title: 'X',
        when: { start: '2022-01-01', precision: 'day' },
        sources: [{ document: 'doc-nl', paragraph: 'p3', sentence: 'In' }],
      },
      'corrections[0]: an event with id e-riots already exists',
    ],
  ])('reports the invalid correction %j, naming the field', (correction, message) => {
    const { file, problems } = correct(correction);
    expect(problems).toEqual([`${SOURCE}: ${message}`]);
    expect(file).toEqual(sampleFile());
  });

  it('reports a file without a corrections list and changes nothing', () => {
    const result = applyCorrections(sampleFile(), { fixes: [] }, SOURCE);
    expect(result.problems).toEqual([
      `${SOURCE}: corrections: Invalid key: Expected "corrections" but received undefined`,
    ]);
    expect(result.file).toEqual(sampleFile());
  });

  it('changes nothing for the shipped, empty corrections file', async () => {
    const { readFile } = await import('node:fs/promises');
    const shipped: unknown = JSON.parse(await readFile('data/corrections.json', 'utf8'));
    expect(applyCorrections(sampleFile(), shipped, SOURCE)).toEqual({ file: sampleFile(), problems: [] });
  });
});
