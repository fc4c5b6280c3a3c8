import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEventFile } from '../schema/validate.ts';
import { ChronologyState, emptyFilters, hasFilters, type Filters } from './state.svelte.ts';

const data = parseEventFile(
  JSON.parse(readFileSync(new URL('../../e2e/fixtures/events.json', import.meta.url), 'utf8')),
);

function stateWith(
  patch: Partial<Pick<ChronologyState, 'selectedId' | 'placeId' | 'language'>> = {},
  filters: Partial<Filters> = {},
) {
  const state = new ChronologyState();
  state.data = data;
  state.filters = { ...emptyFilters(), ...filters };
  Object.assign(state, patch);
  return state;
}

describe('filtered', () => {
  it.each<[string, Partial<Filters>, string[]]>([
    [
      'no filter keeps every event in time order',
      {},
      [
        'ev-deaths',
        'ev-protests',
        'ev-troops',
        'ev-arrests',
        'ev-shoot-order',
        'ev-arms',
        'ev-embassy',
        'ev-massimov',
      ],
    ],
    ['an actor keeps the events naming that actor', { actors: ['tokayev'] }, ['ev-shoot-order']],
    ['two places keep events at either', { places: ['berlin', 'washington'] }, ['ev-arms', 'ev-embassy']],
    ['a document keeps the events citing it', { documents: ['doc-002'] }, ['ev-shoot-order', 'ev-arms']],
    ['a language keeps events with a source in it', { languages: ['nl'] }, ['ev-troops', 'ev-arms']],
    ['search looks in cited sentences, ignoring case', { search: 'REPORTEDLY' }, ['ev-arrests']],
    ['filters combine', { languages: ['nl'], search: 'troops' }, ['ev-troops']],
  ])('%s', (_name, filters, ids) => {
    expect(stateWith({}, filters).filtered.map((e) => e.id)).toEqual(ids);
  });
});

describe('neighbours', () => {
  it.each<[string, string, Partial<Filters>, string | null, string | null]>([
    ['the first event has no previous one', 'ev-deaths', {}, null, 'ev-protests'],
    ['events on the same day are ordered by id', 'ev-arrests', {}, 'ev-troops', 'ev-shoot-order'],
    [
      'with a filter, steps stay among the filtered events',
      'ev-troops',
      { languages: ['nl'] },
      null,
      'ev-arms',
    ],
    [
      'a selected event hidden by the filter steps through the whole chronology',
      'ev-embassy',
      { languages: ['nl'] },
      'ev-arms',
      'ev-massimov',
    ],
  ])('%s', (_name, selectedId, filters, previous, next) => {
    const { neighbours } = stateWith({ selectedId }, filters);
    expect([neighbours.previous?.id ?? null, neighbours.next?.id ?? null]).toEqual([previous, next]);
  });
});

describe('places and names', () => {
  it('a clicked place lists its filtered events in time order', () => {
    expect(stateWith({ placeId: 'almaty' }).placeEvents.map((e) => e.id)).toEqual([
      'ev-protests',
      'ev-arrests',
      'ev-embassy',
    ]);
  });

  it.each([
    [
      'a place is named in Dutch when the interface is Dutch',
      stateWith({ language: 'nl' }).placeName('berlin'),
      'Berlijn',
    ],
    [
      'a place without a Dutch name falls back to its name',
      stateWith({ language: 'nl' }).placeName('washington'),
      'Washington',
    ],
    ['an actor is named from the data', stateWith().actorName('tokayev'), 'Kassym-Jomart Tokayev'],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it.each([
    ['empty filters are no filter', emptyFilters(), false],
    ['blank search is no filter', { ...emptyFilters(), search: '  ' }, false],
    ['one place is a filter', { ...emptyFilters(), places: ['almaty'] }, true],
  ])('%s', (_name, filters, expected) => {
    expect(hasFilters(filters)).toBe(expected);
  });
});
