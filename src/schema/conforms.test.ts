import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { conformance } from './conforms.ts';
import { EventFileSchema } from './events.ts';

const Thing = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  day: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  count: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10)),
  kind: v.picklist(['a', 'b']),
  version: v.literal(1),
  flag: v.optional(v.boolean()),
  tags: v.array(v.string()),
  value: v.union([v.string(), v.number()]),
});

const thing = {
  id: 'x',
  day: '2022-01-08',
  count: 3,
  kind: 'a',
  version: 1,
  flag: true,
  tags: ['t'],
  value: 2,
};

class Box {
  id = 'x';
}

describe('conformance: whether a value passes a schema exactly as it is', () => {
  const check = conformance(Thing);

  it.each([
    ['a value that follows the schema', thing, true],
    ['one leaving out an optional key', { ...thing, flag: undefined }, true],
    ['one without the optional key at all', (({ flag: _, ...rest }) => rest)(thing), true],
    ['one with a key the schema does not know', { ...thing, extra: 1 }, false],
    ['one with its keys in another order', Object.fromEntries(Object.entries(thing).reverse()), false],
    ['one missing a required key', (({ kind: _, ...rest }) => rest)(thing), false],
    ['an empty id', { ...thing, id: '' }, false],
    ['a day that is not ISO', { ...thing, day: '8 Jan' }, false],
    ['a count that is not whole', { ...thing, count: 1.5 }, false],
    ['a count above the maximum', { ...thing, count: 11 }, false],
    ['a count that is not a number', { ...thing, count: Number.NaN }, false],
    ['a kind not in the list', { ...thing, kind: 'c' }, false],
    ['another version', { ...thing, version: 2 }, false],
    ['a value of neither type', { ...thing, value: true }, false],
    ['a tag that is not a string', { ...thing, tags: [1] }, false],
    ['an array', [thing], false],
    ['an instance of a class', new Box(), false],
    ['null', null, false],
  ])('%s: %s', (_, value, expected) => {
    expect(check?.(value)).toBe(expected);
  });

  it('agrees with valibot on what conforms: accepted, and given back unchanged', () => {
    const values: unknown[] = [thing, { ...thing, flag: undefined }, { ...thing, tags: [] }];
    for (const value of values) {
      expect(check?.(value)).toBe(true);
      const parsed = v.safeParse(Thing, value);
      expect(parsed.success).toBe(true);
      expect(JSON.stringify(parsed.output)).toBe(JSON.stringify(value));
    }
  });

  it.each([
    ['a default to fill in', v.object({ a: v.optional(v.string(), 'x') })],
    ['a transformation', v.pipe(v.string(), v.trim())],
    ['a union of objects', v.union([v.object({ a: v.string() }), v.object({ b: v.string() })])],
    ['a global expression', v.pipe(v.string(), v.regex(/a/g))],
  ])('gives no check for a schema with %s', (_, schema) => {
    expect(conformance(schema)).toBeNull();
  });

  it('has a check for the event file', () => {
    expect(conformance(EventFileSchema)).not.toBeNull();
  });
});
