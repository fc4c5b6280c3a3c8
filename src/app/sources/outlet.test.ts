import { describe, expect, it } from 'vitest';
import { outletName } from './outlet.ts';

describe('outletName', () => {
  it.each([
    [
      'credits the publisher when the document names one',
      { publisher: 'BBC News', url: 'https://www.bbc.com/x' },
      'BBC News',
    ],
    [
      'names the site of the address when no publisher is given',
      { url: 'https://www.example.org/valencia-floods' },
      'example.org',
    ],
    ['names nothing for an address that is no URL', { url: 'not a url' }, undefined],
    ['names nothing without publisher or address', {}, undefined],
  ])('%s', (_name, doc, expected) => {
    expect(outletName(doc)).toBe(expected);
  });
});
