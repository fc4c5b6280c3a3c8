import { describe, expect, it } from 'vitest';
import type { UnknownNames } from './found.ts';
import { tokenize } from './text.ts';
import { unknownName } from './unlisted-names.ts';

describe('unknownName: a name nobody listed, registered once', () => {
  it.each([
    ['Paiporta resident Ana Martínez said the water rose in ten minutes.', 2, 4, 'Ana Martínez'],
    ['Hichem Chkiouat said the dam had not been maintained.', 0, 2, 'Hichem Chkiouat'],
  ])('in “%s”, the words %i to %i are the name “%s”', (text, first, end, name) => {
    const unknowns: UnknownNames = { names: new Map(), places: new Set(), organisations: new Set() };
    const id = unknownName(text, tokenize(text), first, end, unknowns);
    expect(unknowns.names.get(id)).toBe(name);
    expect(unknownName(text, tokenize(text), first, end, unknowns)).toBe(id);
    expect(unknowns.names.size).toBe(1);
  });
});
