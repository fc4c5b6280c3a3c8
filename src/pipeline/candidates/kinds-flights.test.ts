/** Flights delayed or disrupted at an airport are a disruption of flights, in each language. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

describe('flights disrupted', () => {
  it.each([
    ['en', 'Thursday, flights at the international airport were briefly disrupted.'],
    ['en', 'Thursday, Icelandair delayed six morning departures by up to two hours.'],
    ['nl', 'Gisterochtend liepen op de luchthaven enkele vluchten vertraging op.'],
    ['de', 'Donnerstagmorgen kam es auf dem Flughafen zu kurzen Verspätungen.'],
    ['de', 'Donnerstag verschob die Fluggesellschaft sechs Abflüge um bis zu zwei Stunden.'],
  ])('[%s] “%s” is titled "Flights disrupted"', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2025-11-20')[0]).toEqual({
      kind: 'disruption',
      title: 'Flights disrupted',
    });
  });

  it('[de] a delay that is no flight’s is no disruption', () => {
    expect(kindsAndTitles('de', 'Donnerstag begann die Sitzung mit Verspätung.', '2025-11-20')).toEqual([]);
  });

  it('[en] a disrupted rally is a disruption, not one of flights', () => {
    expect(kindsAndTitles('en', 'Thursday, hecklers disrupted the rally.', '2025-11-20')[0]).toEqual({
      kind: 'disruption',
      title: 'Disruption',
    });
  });
});

describe('an airline that suspends flights', () => {
  it.each([
    ['de', 'Die Fluggesellschaft setzte am Freitag Flüge in mehrere russische Städte aus.'],
    ['nl', 'De maatschappij schortte vrijdag de vluchten naar Rusland op.'],
    ['nl', 'De vluchten naar Rusland zijn vrijdag opgeschort.'],
  ])('[%s] “%s” disrupts flights', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-12-27')).toEqual([
      { kind: 'disruption', title: 'Flights disrupted' },
    ]);
  });
});
