import { describe, expect, it } from 'vitest';
import { parseEventFile } from '../schema/validate.ts';
import { syntheticEvents } from './synthetic-events.ts';

describe('syntheticEvents', () => {
  it.each([1, 250, 10_000])('a file of %i events passes the schema and reference checks', (n) => {
    const file = parseEventFile(syntheticEvents(n), `synthetic-${n}.json`);
    expect(file.events).toHaveLength(n);
  });

  it('the same seed gives the same file', () => {
    expect(JSON.stringify(syntheticEvents(50, 7))).toBe(JSON.stringify(syntheticEvents(50, 7)));
  });

  it('the file mixes points, intervals and vague dates, some with conflicts', () => {
    const file = syntheticEvents(2000);
    const precisions = new Set(file.events.map((e) => e.when.precision));
    expect([...precisions].sort()).toEqual(['before-publication', 'day', 'part-of-day', 'time', 'week']);
    expect(file.events.some((e) => e.conflicts.length > 0)).toBe(true);
  });
});
