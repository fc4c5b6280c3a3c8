import { describe, expect, it } from 'vitest';
import {
  applyUrlState,
  defaultUrlState,
  formatInstant,
  parseHash,
  parseInstant,
  readUrlState,
  serializeHash,
  type UrlState,
} from './url-state.ts';

const day = (iso: string) => Date.parse(`${iso}Z`);
const withState = (patch: Partial<UrlState>): UrlState => ({ ...defaultUrlState(), ...patch });
const filters = (patch: Partial<UrlState['filters']>): UrlState['filters'] => ({
  ...defaultUrlState().filters,
  ...patch,
});

describe('parseHash', () => {
  it.each<[string, string, UrlState]>([
    ['an empty hash is the default view', '', defaultUrlState()],
    ['a lone "#" is the default view', '#', defaultUrlState()],
    ['an event id selects that event', '#event=ev-1a2b', withState({ event: 'ev-1a2b' })],
    [
      'from and to as days become a UTC window',
      '#from=2022-01-05&to=2022-01-09',
      withState({ window: { from: day('2022-01-05T00:00'), to: day('2022-01-09T00:00') } }),
    ],
    [
      'from and to with minutes keep the minutes',
      '#from=2022-01-05T06:30Z&to=2022-01-05T18:00Z',
      withState({ window: { from: day('2022-01-05T06:30'), to: day('2022-01-05T18:00') } }),
    ],
    [
      'a window whose end is before its start is ignored',
      '#from=2022-01-09&to=2022-01-05',
      defaultUrlState(),
    ],
    ['a window with a malformed date is ignored', '#from=yesterday&to=2022-01-05', defaultUrlState()],
    [
      'comma-separated filters become lists',
      '#actors=tokayev,csto&places=almaty&documents=d1&languages=nl',
      withState({
        filters: filters({
          actors: ['tokayev', 'csto'],
          places: ['almaty'],
          documents: ['d1'],
          languages: ['nl'],
        }),
      }),
    ],
    [
      'the search text is decoded',
      '#q=arms%20exports',
      withState({ filters: filters({ search: 'arms exports' }) }),
    ],
    ['the Almaty map view is read', '#map=almaty', withState({ mapView: 'almaty' })],
    ['an unknown map view falls back to Kazakhstan', '#map=mars', defaultUrlState()],
    ['Dutch is read as the interface language', '#lang=nl', withState({ language: 'nl' })],
    ['an unsupported interface language falls back to English', '#lang=fr', defaultUrlState()],
    ['the list view is read', '#view=list', withState({ view: 'list' })],
    ['a clicked place is read', '#place=almaty', withState({ placeId: 'almaty' })],
  ])('%s', (_name, hash, expected) => {
    expect(parseHash(hash)).toEqual(expected);
  });
});

describe('serializeHash', () => {
  it.each<[string, UrlState, string]>([
    ['the default view is an empty hash', defaultUrlState(), ''],
    [
      'a selected event is written first',
      withState({ event: 'ev-1', mapView: 'almaty' }),
      '#event=ev-1&map=almaty',
    ],
    [
      'a window at midnight is written as days',
      withState({ window: { from: day('2022-01-05T00:00'), to: day('2022-01-09T00:00') } }),
      '#from=2022-01-05&to=2022-01-09',
    ],
    [
      'a window within a day is written to the minute',
      withState({ window: { from: day('2022-01-05T06:30'), to: day('2022-01-05T18:00') } }),
      '#from=2022-01-05T06%3A30Z&to=2022-01-05T18%3A00Z',
    ],
    [
      'filters are written as comma-separated lists',
      withState({ filters: filters({ actors: ['a', 'b'], search: 'troops' }) }),
      '#actors=a%2Cb&q=troops',
    ],
    [
      'Dutch and the list view are written',
      withState({ language: 'nl', view: 'list' }),
      '#lang=nl&view=list',
    ],
  ])('%s', (_name, state, expected) => {
    expect(serializeHash(state)).toBe(expected);
  });
});

describe('round trip', () => {
  it.each<[string, UrlState]>([
    [
      'a full view survives a round trip',
      {
        event: 'ev-9',
        window: { from: day('2022-01-02T00:00'), to: day('2022-01-07T12:15') },
        filters: {
          actors: ['x'],
          places: ['p', 'q'],
          documents: ['d'],
          languages: ['en'],
          search: 'a & b = c',
        },
        placeId: 'almaty',
        mapView: 'almaty',
        language: 'nl',
        view: 'list',
      },
    ],
    ['the default view survives a round trip', defaultUrlState()],
  ])('%s', (_name, state) => {
    expect(parseHash(serializeHash(state))).toEqual(state);
  });
});

describe('instants', () => {
  it.each([
    ['midnight UTC is a plain day', day('2022-01-05T00:00'), '2022-01-05'],
    ['seconds are dropped to the minute', day('2022-01-05T10:20:59'), '2022-01-05T10:20Z'],
  ])('%s', (_name, ms, text) => {
    expect(formatInstant(ms)).toBe(text);
  });

  it.each([
    ['a day without zone is read as UTC', '2022-01-05', day('2022-01-05T00:00')],
    ['a minute without Z is read as UTC', '2022-01-05T10:20', day('2022-01-05T10:20')],
    ['free text is not an instant', 'last week', null],
  ])('%s', (_name, text, ms) => {
    expect(parseInstant(text)).toBe(ms);
  });
});

describe('applyUrlState', () => {
  const holder = () => ({
    selectedId: 'old' as string | null,
    window: { from: 1, to: 2 } as UrlState['window'],
    filters: defaultUrlState().filters,
    placeId: null as string | null,
    mapView: 'kazakhstan' as UrlState['mapView'],
    language: 'en' as UrlState['language'],
    view: 'chart' as UrlState['view'],
  });

  it('a parsed link replaces the selection, window and filters', () => {
    const target = holder();
    applyUrlState(target, parseHash('#event=ev-2&from=2022-01-05&to=2022-01-06&places=almaty&lang=nl'));
    expect(readUrlState(target)).toEqual(
      withState({
        event: 'ev-2',
        window: { from: day('2022-01-05T00:00'), to: day('2022-01-06T00:00') },
        filters: filters({ places: ['almaty'] }),
        language: 'nl',
      }),
    );
  });

  it('an unchanged window keeps its object so the timeline does not redraw', () => {
    const target = holder();
    const before = target.window;
    applyUrlState(target, { ...readUrlState(target), window: { from: 1, to: 2 } });
    expect(target.window).toBe(before);
  });
});
