import { describe, expect, it } from 'vitest';
import { filterEventFile, noFilters, type EventFilters } from './filter.ts';
import { parseEventFile } from '../schema/validate.ts';
import { sampleFile } from './sample-file.ts';

describe('filterEventFile', () => {
  it.each<[string, Partial<EventFilters>, string[]]>([
    ['keeps every event without filters, in time order', {}, ['e-arrest', 'e-riots', 'e-exports']],
    ['keeps events with any of the chosen actors', { actors: ['massimov'] }, ['e-arrest']],
    ['keeps events at any of the chosen places', { places: ['almaty'] }, ['e-arrest', 'e-riots']],
    ['keeps events cited from a chosen document', { documents: ['doc-nl'] }, ['e-riots']],
    [
      'keeps events cited from articles in a chosen language',
      { languages: ['en'] },
      ['e-arrest', 'e-exports'],
    ],
    ['searches titles, ignoring case', { search: 'GERMANY' }, ['e-exports']],
    ['searches the cited sentences', { search: 'brandende' }, ['e-riots']],
    ['combines filters: all must match', { places: ['almaty'], languages: ['nl'] }, ['e-riots']],
  ])('%s', (_name, filters, ids) => {
    const file = filterEventFile(sampleFile(), { ...noFilters(), ...filters });
    expect(file.events.map((e) => e.id)).toEqual(ids);
  });
});

describe('sampleFile', () => {
  it('is a valid event file, so every exporter test starts from real-looking data', () => {
    expect(() => parseEventFile(sampleFile(), 'sample')).not.toThrow();
  });
});
